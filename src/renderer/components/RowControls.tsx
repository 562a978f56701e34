// "Add row" and "Remove row N" for every form with repeating rows (Run: ports, variables, volumes,
// labels; Build: tags, build arguments), so both dialogs look and read alike. Each button's
// accessible name says which list or which row it acts on.
import { Plus, X } from 'lucide-react';
import './row-controls.css';

export function AddRowButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="add-row" onClick={onClick}>
      <Plus size={14} aria-hidden="true" />
      {label}
    </button>
  );
}

/** `label` names the row, e.g. "Remove build argument 2". */
export function RemoveRowButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button
      type="button"
      className="icon-button remove-row"
      aria-label={label}
      title={label}
      onClick={onClick}
    >
      <X size={15} aria-hidden="true" />
    </button>
  );
}
