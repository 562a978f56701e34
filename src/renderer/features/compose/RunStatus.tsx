// What a compose tool run is doing: running (its output is in the Activity panel), done, or failed
// with the tool's own words (a YAML error, an unknown image, a port in use).
import { useTranslation } from 'react-i18next';
import { CommandLine } from '@renderer/components/CommandLine';
import { useActivity } from '../activity/use-activities';
import { EngineError } from '../errors/EngineError';

interface RunStatusProps {
  activityId: string | null;
  command: string | null;
  error: string | null;
}

export function RunStatus({ activityId, command, error }: RunStatusProps) {
  const { t } = useTranslation();
  const activity = useActivity(activityId);
  return (
    <div className="compose-run-status">
      {error ? <EngineError role="alert" message={error} /> : null}
      {activity?.state === 'running' ? (
        <p className="muted" role="status">
          {t('compose.run.running')}
        </p>
      ) : activity?.state === 'succeeded' ? (
        <p role="status">{t('compose.run.succeeded')}</p>
      ) : activity?.state === 'cancelled' ? (
        <p role="status">{t('compose.run.cancelled')}</p>
      ) : activity?.state === 'failed' ? (
        <div className="compose-tool-error" role="alert">
          <p className="inline-error">{t('compose.run.failed')}</p>
          <EngineError message={activity.error ?? ''} />
        </div>
      ) : null}
      {command ? <CommandLine command={command} /> : null}
    </div>
  );
}
