// A card of whole-number settings with one Save: each field is checked against its bounds and a
// wrong value is named next to its field, before anything is sent; then the settings are updated.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsPatch } from '@shared/api';
import { SaveActions } from './SaveActions';
import { useSettingsUpdate } from './use-settings-update';

/** A setting's field: its bounds come from its schema, its words from `<i18nPrefix>.<key>(Help)`. */
export interface NumberField<K extends string> {
  key: K;
  schema: { minValue: number | null; maxValue: number | null };
  value: number;
}

function bounds(field: NumberField<string>): { min: number; max: number } {
  return { min: field.schema.minValue ?? 0, max: field.schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

export function NumberSettingsForm<K extends string>(props: {
  i18nPrefix: string;
  fields: NumberField<K>[];
  /** The settings change the checked values make. */
  toPatch(values: Record<K, number>): SettingsPatch;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const baseId = useId();
  const update = useSettingsUpdate();
  const [text, setText] = useState<Record<string, string>>(() =>
    Object.fromEntries(props.fields.map((field) => [field.key, String(field.value)])),
  );
  // The keys of fields out of bounds; the words are made at render, in the current language.
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = {} as Record<K, number>;
    const nextInvalid = new Set<string>();
    for (const field of props.fields) {
      const raw = (text[field.key] ?? '').trim();
      const value = Number(raw);
      const { min, max } = bounds(field);
      if (!/^\d+$/.test(raw) || value < min || value > max) {
        nextInvalid.add(field.key);
      } else values[field.key] = value;
    }
    setInvalid(nextInvalid);
    if (nextInvalid.size === 0) update.mutate(props.toPatch(values));
  };

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby={`${baseId}-heading`}>
      <h2 id={`${baseId}-heading`}>{t(`${props.i18nPrefix}.heading`)}</h2>
      {props.children}
      {props.fields.map((field) => {
        const id = `${baseId}-${field.key}`;
        const error = invalid.has(field.key) ? t('settingsForm.numberRange', bounds(field)) : null;
        return (
          <div className="field" key={field.key}>
            <label htmlFor={id}>{t(`${props.i18nPrefix}.${field.key}`)}</label>
            <input
              id={id}
              type="number"
              inputMode="numeric"
              min={bounds(field).min}
              max={bounds(field).max}
              step={1}
              value={text[field.key] ?? ''}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-help`}
              onChange={(event) => setText((current) => ({ ...current, [field.key]: event.target.value }))}
            />
            <p id={`${id}-help`} className={error ? 'field-error' : 'help'}>
              {error ?? t(`${props.i18nPrefix}.${field.key}Help`)}
            </p>
          </div>
        );
      })}
      <SaveActions
        pending={update.isPending}
        saved={update.isSuccess}
        error={update.error?.message ?? null}
      />
    </form>
  );
}
