// A button that shows only an icon: its label is both the accessible name and the tooltip (unless
// a longer `title` explains more), so no icon-only control goes unnamed.
import type { LucideIcon } from 'lucide-react';

interface IconButtonProps {
  label: string;
  icon: LucideIcon;
  onClick: () => void;
  title?: string;
  disabled?: boolean;
  /** Styled as destructive (delete, remove). */
  danger?: boolean;
}

export function IconButton({ label, icon: Icon, onClick, title = label, disabled, danger }: IconButtonProps) {
  return (
    <button
      type="button"
      className={danger ? 'icon-button danger-icon' : 'icon-button'}
      aria-label={label}
      title={title}
      disabled={disabled}
      onClick={onClick}
    >
      <Icon size={16} aria-hidden="true" />
    </button>
  );
}
