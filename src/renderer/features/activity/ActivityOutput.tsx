// The last lines a long operation printed (a compose tool's output, build steps), bounded by the
// activity log's tail; open while a compose run is going, so its progress reads as it happens.
import { useTranslation } from 'react-i18next';
import type { Activity } from '@shared/api';

export function ActivityOutput({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  if (activity.logTail.length === 0) return null;
  return (
    <details className="activity-output" open={activity.kind === 'compose'}>
      <summary>{t('activity.output', { count: activity.logTail.length })}</summary>
      <pre className="mono" aria-label={t('activity.outputOf', { title: activity.title })}>
        {activity.logTail.slice(-40).join('\n')}
      </pre>
    </details>
  );
}
