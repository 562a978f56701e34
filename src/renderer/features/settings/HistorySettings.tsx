// How much a log view and a container's stats charts keep: the log scrollback (lines) and the
// stats history (minutes of `docker stats` samples).
import { settingsPatchSchema, type Settings } from '@shared/api';
import { NumberSettingsForm } from './NumberSettingsForm';

const { logScrollback, statsHistoryMinutes } = settingsPatchSchema.shape;

export function HistorySettings({ settings }: { settings: Settings }) {
  return (
    <NumberSettingsForm
      i18nPrefix="settingsHistory"
      fields={[
        { key: 'logScrollback', schema: logScrollback.unwrap(), value: settings.logScrollback },
        {
          key: 'statsHistoryMinutes',
          schema: statsHistoryMinutes.unwrap(),
          value: settings.statsHistoryMinutes,
        },
      ]}
      toPatch={(values) => values}
    />
  );
}
