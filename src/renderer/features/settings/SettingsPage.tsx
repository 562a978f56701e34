// Settings: language and theme (saved per browser); the engine address, the VM's resources, log
// and stats history, the helper image and the desktop app's options (saved in Berth's settings file).
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '@renderer/api/trpc';
import { savedLanguage, setLanguage, type Language } from '@renderer/i18n';
import { applyTheme, savedTheme, type ThemeChoice } from '@renderer/theme';
import { HelperImageForm } from '../volumes/HelperImageForm';
import { transport } from '@renderer/api/client';
import { DesktopSettings } from './DesktopSettings';
import { EngineForm } from './EngineForm';
import { HistorySettings } from './HistorySettings';
import { ResourceSettings } from './ResourceSettings';
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
        <>
          <EngineForm key={settings.data.engineHost ?? ''} initial={settings.data.engineHost ?? ''} />
          <ResourceSettings settings={settings.data} />
          <HistorySettings settings={settings.data} />
        </>
      ) : null}
      <HelperImageForm />
    </section>
  );
}
