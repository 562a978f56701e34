// Under the Pull field: the progress of the pull just started from it (the Activity panel has
// the layers and the rest).
import { useTranslation } from 'react-i18next';
import { formatBytes } from '@shared/format/bytes';
import { percentOf, useActivity } from '../activity/use-activities';
import { EngineError } from '../errors/EngineError';

export function PullProgress({ activityId }: { activityId: string }) {
  const { t } = useTranslation();
  const activity = useActivity(activityId);
  if (!activity) return null;
  const percent = percentOf(activity);
  const total = activity.progress?.total;
  return (
    <div className={`pull-progress state-${activity.state}`}>
      <div
        className="pull-progress-bar"
        role="progressbar"
        aria-label={t('images.pull.progress', { ref: activity.title })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
      >
        <div style={{ width: `${percent ?? 0}%` }} />
      </div>
      <span className="muted pull-progress-text" role="status">
        {activity.state === 'running'
          ? `${activity.title} · ${percent ?? 0} %${total ? ` · ${formatBytes(total)}` : ''}`
          : activity.state === 'failed'
            ? ''
            : `${activity.title} · ${t(`activity.state.${activity.state}`)}`}
      </span>
      {activity.error ? <EngineError role="alert" message={activity.error} /> : null}
    </div>
  );
}
