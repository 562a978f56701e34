// How much a log view and a container's stats charts keep: the log scrollback (lines) and the
// stats history (minutes of `docker stats` samples).
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/api';
import { NumberSettingsForm } from './NumberSettingsForm';
import { useSettingsUpdate } from './use-settings-update';

export function HistorySettings({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const update = useSettingsUpdate();
  return (
    <NumberSettingsForm
      heading={t('settingsHistory.heading')}
      fields={[
        {
          key: 'logScrollback',
          label: t('settingsHistory.logScrollback'),
          help: t('settingsHistory.logScrollbackHelp'),
          min: 1000,
          max: 1_000_000,
          value: settings.logScrollback,
        },
        {
          key: 'statsHistoryMinutes',
          label: t('settingsHistory.statsHistory'),
          help: t('settingsHistory.statsHistoryHelp'),
          min: 1,
          max: 60,
          value: settings.statsHistoryMinutes,
        },
      ]}
      onSave={(values) => update.mutate(values)}
      pending={update.isPending}
      saved={update.isSuccess}
      error={update.error?.message ?? null}
    />
  );
}
