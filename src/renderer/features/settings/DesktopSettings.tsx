// Settings only the desktop app acts on: start at login, close to tray, and which notifications
// to show. Each checkbox saves at once. Web mode never renders this (SettingsPage checks).
import { useTranslation } from 'react-i18next';
import { notificationKinds, type NotificationKind, type Settings, type SettingsPatch } from '@shared/api';
import { useSettingsUpdate } from './use-settings-update';

export function DesktopSettings({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const update = useSettingsUpdate();
  const save = (patch: SettingsPatch) => update.mutate(patch);
  const notify = (kind: NotificationKind, on: boolean) =>
    save({ notifications: { ...settings.notifications, [kind]: on } });

  return (
    <div className="card">
      <h2>{t('desktopSettings.heading')}</h2>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings.startAtLogin}
          disabled={update.isPending}
          onChange={(event) => save({ startAtLogin: event.target.checked })}
        />
        {t('desktopSettings.startAtLogin')}
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings.closeToTray}
          disabled={update.isPending}
          onChange={(event) => save({ closeToTray: event.target.checked })}
        />
        {t('desktopSettings.closeToTray')}
      </label>
      <fieldset className="settings-notifications">
        <legend>{t('desktopSettings.notifications')}</legend>
        {notificationKinds.map((kind) => (
          <label key={kind} className="checkbox">
            <input
              type="checkbox"
              checked={settings.notifications[kind]}
              disabled={update.isPending}
              onChange={(event) => notify(kind, event.target.checked)}
            />
            {t(`desktopSettings.kinds.${kind}`)}
          </label>
        ))}
      </fieldset>
      {update.error ? (
        <p role="alert" className="inline-error">
          {update.error.message}
        </p>
      ) : null}
    </div>
  );
}
