// The engine address: "Test connection" asks the typed address for its version without saving it;
// saving it makes the backend reconnect to the new engine.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { engineHostSchema } from '@shared/api';
import { useTRPC } from '@renderer/api/trpc';
import { SaveActions } from './SaveActions';
import { useSettingsUpdate } from './use-settings-update';

/** The typed address, checked as the server will; an error in words, or null for "automatic". */
function parseHost(value: string): { host: string | null; error: string | null } {
  const trimmed = value.trim();
  if (!trimmed) return { host: null, error: null };
  const parsed = engineHostSchema.safeParse(trimmed);
  if (parsed.success) return { host: parsed.data, error: null };
  return { host: null, error: parsed.error.issues[0]?.message ?? 'Invalid address' };
}

export function EngineForm({ initial }: { initial: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [engineHost, setEngineHost] = useState(initial);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const update = useSettingsUpdate();
  const test = useMutation(trpc.settings.testEngine.mutationOptions());
  const refused = t('settings.engineChangeRefused');

  const checked = (): { host: string | null } | null => {
    const { host, error } = parseHost(engineHost);
    setFieldError(error);
    return error ? null : { host };
  };

  const saveEngine = (event: FormEvent) => {
    event.preventDefault();
    const value = checked();
    if (value) update.mutate({ engineHost: value.host });
  };

  const testEngine = () => {
    const value = checked();
    if (!value) return;
    if (!value.host) {
      setFieldError(t('settingsEngine.testEmpty'));
      return;
    }
    test.mutate({ host: value.host });
  };

  return (
    <form className="card" onSubmit={saveEngine} noValidate aria-labelledby="settings-engine-heading">
      <h2 id="settings-engine-heading">{t('settings.engine')}</h2>
      <div className="field">
        <label htmlFor="settings-engine-host">{t('settings.engineHost')}</label>
        <input
          id="settings-engine-host"
          className="mono"
          value={engineHost}
          placeholder={t('settings.engineHostPlaceholder')}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby="settings-engine-help"
          onChange={(event) => {
            setEngineHost(event.target.value);
            test.reset();
          }}
        />
        <p id="settings-engine-help" className={fieldError ? 'field-error' : 'help'}>
          {fieldError ?? t('settings.engineHostHelp')}
        </p>
      </div>
      <SaveActions
        pending={update.isPending}
        saved={update.isSuccess}
        error={update.error?.data?.code === 'FORBIDDEN' ? refused : (update.error?.message ?? null)}
      >
        <button type="button" className="secondary-button" onClick={testEngine} disabled={test.isPending}>
          {test.isPending ? t('settingsEngine.testing') : t('settingsEngine.test')}
        </button>
      </SaveActions>
      {test.data?.ok ? (
        <p role="status" className="engine-test-ok">
          {t('settingsEngine.testOk', { version: test.data.version.engine, api: test.data.version.api })}
        </p>
      ) : null}
      {test.data && !test.data.ok ? (
        <p role="alert" className="inline-error">
          {t('settingsEngine.testFailed', { message: test.data.message })}
        </p>
      ) : null}
      {test.error ? (
        <p role="alert" className="inline-error">
          {test.error.data?.code === 'FORBIDDEN' ? refused : test.error.message}
        </p>
      ) : null}
    </form>
  );
}
