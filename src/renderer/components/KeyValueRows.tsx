// Repeating key=value rows (labels, driver options): each row's fields and remove button are
// named for the list and the row, so a screen reader (and a test) can tell them apart.
import { useTranslation } from 'react-i18next';
import { AddRowButton, RemoveRowButton } from './RowControls';

export interface KeyValue {
  key: string;
  value: string;
}

export function KeyValueRows({
  legend,
  rows,
  onChange,
}: {
  legend: string;
  rows: KeyValue[];
  onChange: (rows: KeyValue[]) => void;
}) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<KeyValue>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="field">
      <legend className="label">{legend}</legend>
      {rows.map((row, index) => (
        <div className="kv-row" key={index}>
          <input
            aria-label={`${legend} ${index + 1}: ${t('resourceList.key')}`}
            placeholder={t('resourceList.key')}
            className="mono"
            spellCheck={false}
            value={row.key}
            onChange={(event) => set(index, { key: event.target.value })}
          />
          <input
            aria-label={`${legend} ${index + 1}: ${t('resourceList.value')}`}
            placeholder={t('resourceList.value')}
            className="mono"
            spellCheck={false}
            value={row.value}
            onChange={(event) => set(index, { value: event.target.value })}
          />
          <RemoveRowButton
            label={t('resourceList.removeRow', { list: legend, index: index + 1 })}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          />
        </div>
      ))}
      <AddRowButton
        label={`${t('resourceList.addRow')}: ${legend}`}
        onClick={() => onChange([...rows, { key: '', value: '' }])}
      />
    </fieldset>
  );
}

/** The rows worth sending: those with a key (blank rows are the user's scratch space). */
export const filledRows = (rows: KeyValue[]) =>
  rows.filter((row) => row.key.trim()).map((row) => ({ key: row.key.trim(), value: row.value }));
