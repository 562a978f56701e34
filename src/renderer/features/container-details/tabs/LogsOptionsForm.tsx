// The Logs tab's options: follow, tail N, since, timestamps. Fields validate as you type; Apply
// (or Enter) restarts the stream with them.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { logSinceSchema } from '@shared/api/container-details';

export interface LogOptions {
  follow: boolean;
  tail: number | null;
  since: string;
  timestamps: boolean;
}

export const defaultLogOptions: LogOptions = { follow: true, tail: 1000, since: '', timestamps: false };

export function LogsOptionsForm({
  value,
  onApply,
}: {
  value: LogOptions;
  onApply: (next: LogOptions) => void;
}) {
  const { t } = useTranslation();
  const [tail, setTail] = useState(value.tail === null ? '' : String(value.tail));
  const [since, setSince] = useState(value.since);
  const tailError =
    tail.trim() === '' || /^\d{1,8}$/.test(tail.trim()) ? null : t('details.logs.tailInvalid');
  const sinceError = logSinceSchema.safeParse(since).success ? null : t('details.logs.sinceInvalid');
  const parsedTail = tail.trim() === '' ? null : Number(tail.trim());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (tailError || sinceError) return;
    onApply({ ...value, tail: parsedTail, since: since.trim() });
  };

  return (
    <form className="logs-options" onSubmit={submit} noValidate>
      <label className="check">
        <input
          type="checkbox"
          checked={value.follow}
          onChange={(e) => onApply({ ...value, follow: e.target.checked })}
        />
        {t('details.logs.follow')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={value.timestamps}
          onChange={(e) => onApply({ ...value, timestamps: e.target.checked })}
        />
        {t('details.logs.timestamps')}
      </label>
      <label className="inline-field">
        <span>{t('details.logs.tail')}</span>
        <input
          type="text"
          className="boxed-input"
          inputMode="numeric"
          value={tail}
          placeholder={t('details.logs.tailHelp')}
          aria-invalid={tailError ? true : undefined}
          aria-describedby={tailError ? 'logs-tail-error' : undefined}
          onChange={(e) => setTail(e.target.value)}
          size={6}
        />
      </label>
      <label className="inline-field">
        <span>{t('details.logs.since')}</span>
        <input
          type="text"
          className="boxed-input"
          value={since}
          placeholder={t('details.logs.sincePlaceholder')}
          aria-invalid={sinceError ? true : undefined}
          aria-describedby={sinceError ? 'logs-since-error' : undefined}
          onChange={(e) => setSince(e.target.value)}
          size={16}
        />
      </label>
      <button type="submit" className="secondary-button" disabled={Boolean(tailError || sinceError)}>
        {t('details.logs.apply')}
      </button>
      {tailError ? (
        <p id="logs-tail-error" className="field-error">
          {tailError}
        </p>
      ) : null}
      {sinceError ? (
        <p id="logs-since-error" className="field-error">
          {sinceError}
        </p>
      ) : null}
    </form>
  );
}
