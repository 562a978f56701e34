// Settings: language and theme (saved per browser) and the engine address (saved in Berth's settings file).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { engineHostSchema } from '../../../shared/api';
import { useTRPC } from '../../api/trpc';
import { savedLanguage, setLanguage, type Language } from '../../i18n';
import { applyTheme, savedTheme, type ThemeChoice } from '../../theme';
import { HelperImageForm } from '../volumes/HelperImageForm';
import { transport } from '../../api/client';
import { DesktopSettings } from './DesktopSettings';
import { SettingsFileNotice } from './SettingsFileNotice';

export function SettingsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const settings = useQuery(trpc.settings.get.queryOptions());
  const [language, setLanguageChoice] = useState<Language | 'system'>(savedLanguage() ?? 'system');

  const [theme, setTheme] = useState<ThemeChoice>(savedTheme);
  const chooseTheme = (value: ThemeChoice) => {
    setTheme(value);
    applyTheme(value);
  };

  const chooseLanguage = (value: Language | 'system') => {
    setLanguageChoice(value);
    setLanguage(value === 'system' ? null : value);
  };

  return (
    <section className="page" aria-labelledby="settings-heading">
      <div className="page-header">
        <h1 id="settings-heading">{t('settings.heading')}</h1>
      </div>
      <SettingsFileNotice />
      <div className="card">
        <h2>{t('settings.general')}</h2>
        <div className="field">
          <label htmlFor="settings-language">{t('settings.language')}</label>
          <select
            id="settings-language"
            value={language}
            onChange={(event) => chooseLanguage(event.target.value as Language | 'system')}
          >
            <option value="system">{t('settings.languageSystem')}</option>
            <option value="en">English</option>
            <option value="ko">한국어</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="settings-theme">{t('settings.theme')}</label>
          <select
            id="settings-theme"
            value={theme}
            onChange={(event) => chooseTheme(event.target.value as ThemeChoice)}
          >
            <option value="system">{t('settings.themeSystem')}</option>
            <option value="light">{t('settings.themeLight')}</option>
            <option value="dark">{t('settings.themeDark')}</option>
          </select>
        </div>
      </div>
      {/* Start at login, close to tray and notifications mean something only in the desktop app. */}
      {settings.data && transport === 'ipc' ? <DesktopSettings settings={settings.data} /> : null}
      {settings.data ? (
        <EngineForm key={settings.data.engineHost ?? ''} initial={settings.data.engineHost ?? ''} />
      ) : null}
      <HelperImageForm />
    </section>
  );
}

/** The engine address; saving it makes the backend reconnect to the new engine. */
function EngineForm({ initial }: { initial: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [engineHost, setEngineHost] = useState(initial);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const update = useMutation(
    trpc.settings.update.mutationOptions({
      onSuccess: (next) => queryClient.setQueryData(trpc.settings.get.queryKey(), next),
    }),
  );

  const saveEngine = (event: FormEvent) => {
    event.preventDefault();
    const value = engineHost.trim();
    if (value) {
      const parsed = engineHostSchema.safeParse(value);
      if (!parsed.success) {
        setFieldError(parsed.error.issues[0]?.message ?? 'Invalid address');
        return;
      }
    }
    setFieldError(null);
    update.mutate({ engineHost: value || null });
  };

  return (
    <form className="card" onSubmit={saveEngine} noValidate>
      <h2>{t('settings.engine')}</h2>
      <div className="field">
        <label htmlFor="settings-engine-host">{t('settings.engineHost')}</label>
        <input
          id="settings-engine-host"
          className="mono"
          value={engineHost}
          placeholder={t('settings.engineHostPlaceholder')}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby="settings-engine-help"
          onChange={(event) => setEngineHost(event.target.value)}
        />
        <p id="settings-engine-help" className={fieldError ? 'field-error' : 'help'}>
          {fieldError ?? t('settings.engineHostHelp')}
        </p>
      </div>
      <div className="actions">
        <button type="submit" className="primary-button" disabled={update.isPending}>
          {t('common.save')}
        </button>
        {update.isSuccess ? <span role="status">{t('settings.saved')}</span> : null}
        {update.error ? (
          <span role="alert" className="inline-error">
            {update.error.data?.code === 'FORBIDDEN'
              ? t('settings.engineChangeRefused')
              : update.error.message}
          </span>
        ) : null}
      </div>
    </form>
  );
}
