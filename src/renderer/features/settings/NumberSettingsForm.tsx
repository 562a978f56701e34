// A card of whole-number settings with one Save: each field is checked against its bounds and a
// wrong value is named next to its field, before anything is sent.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface NumberField<K extends string> {
  key: K;
  label: string;
  help: string;
  min: number;
  max: number;
  value: number;
}

export function NumberSettingsForm<K extends string>(props: {
  heading: string;
  fields: NumberField<K>[];
  onSave(values: Record<K, number>): void;
  pending: boolean;
  saved: boolean;
  error: string | null;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const baseId = useId();
  const [text, setText] = useState<Record<string, string>>(() =>
    Object.fromEntries(props.fields.map((field) => [field.key, String(field.value)])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = {} as Record<K, number>;
    const nextErrors: Record<string, string> = {};
    for (const field of props.fields) {
      const raw = (text[field.key] ?? '').trim();
      const value = Number(raw);
      if (!/^\d+$/.test(raw) || value < field.min || value > field.max) {
        nextErrors[field.key] = t('settingsForm.numberRange', { min: field.min, max: field.max });
      } else values[field.key] = value;
    }
    setErrors(nextErrors);
    if (Object.keys(nextErrors).length === 0) props.onSave(values);
  };

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby={`${baseId}-heading`}>
      <h2 id={`${baseId}-heading`}>{props.heading}</h2>
      {props.children}
      {props.fields.map((field) => {
        const id = `${baseId}-${field.key}`;
        const error = errors[field.key];
        return (
          <div className="field" key={field.key}>
            <label htmlFor={id}>{field.label}</label>
            <input
              id={id}
              type="number"
              inputMode="numeric"
              min={field.min}
              max={field.max}
              step={1}
              value={text[field.key] ?? ''}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-help`}
              onChange={(event) => setText((current) => ({ ...current, [field.key]: event.target.value }))}
            />
            <p id={`${id}-help`} className={error ? 'field-error' : 'help'}>
              {error ?? field.help}
            </p>
          </div>
        );
      })}
      <div className="actions">
        <button type="submit" className="primary-button" disabled={props.pending}>
          {t('common.save')}
        </button>
        {props.saved ? <span role="status">{t('settings.saved')}</span> : null}
        {props.error ? (
          <span role="alert" className="inline-error">
            {props.error}
          </span>
        ) : null}
      </div>
    </form>
  );
}
