// One operation in the panel: title, state, a progress bar with bytes, per-layer rows,
// the docker command, the error in words, and Cancel or Dismiss.
import { X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, LayerProgress } from '@shared/api';
import { formatBytes } from '@shared/format/bytes';
import { CommandLine } from '@renderer/components/CommandLine';
import { ActivityOutput } from './ActivityOutput';
import { percentOf } from './use-activities';
import { EngineError } from '../errors/EngineError';

function ProgressBar({ label, value }: { label: string; value: number | null }) {
  return (
    <div
      className={`progress${value === null ? ' indeterminate' : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value ?? undefined}
    >
      <div className="progress-fill" style={{ width: value === null ? undefined : `${value}%` }} />
    </div>
  );
}

/** Layer statuses that mean its bytes are all there, whether or not a size was ever sent. */
const LAYER_DONE =
  /^(Already exists|Pull complete|Download complete|Pushed|Layer already exists|Mounted from )/;

function LayerRow({ layer }: { layer: LayerProgress }) {
  const { t } = useTranslation();
  const known = LAYER_DONE.test(layer.status)
    ? 100
    : layer.total
      ? Math.min(100, Math.floor((layer.current / layer.total) * 100))
      : null;
  // A layer left unfinished by a failed or cancelled transfer no longer moves.
  const percent = layer.outcome ? (known ?? 0) : known;
  return (
    <li className={`layer-row${layer.outcome ? ` layer-${layer.outcome}` : ''}`}>
      <span className="mono layer-id">{layer.id}</span>
      <span className="layer-status" title={layer.outcome ? layer.status : undefined}>
        {layer.outcome ? t(`activity.layerOutcome.${layer.outcome}`) : layer.status}
      </span>
      <ProgressBar label={t('activity.layerProgress', { id: layer.id })} value={percent} />
      <span className="muted layer-bytes">{layer.total ? formatBytes(layer.total) : ''}</span>
    </li>
  );
}

export function ActivityItem({
  activity,
  onCancel,
  onDismiss,
}: {
  activity: Activity;
  onCancel: () => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const [showLayers, setShowLayers] = useState(true);
  const percent = percentOf(activity);
  const running = activity.state === 'running';
  const bytes = activity.progress
    ? activity.progress.total === 0 && !running
      ? t('activity.upToDate')
      : activity.progress.total !== null
        ? t('activity.bytes', {
            current: formatBytes(activity.progress.current),
            total: formatBytes(activity.progress.total),
          })
        : running
          ? t('activity.bytesUnknown', { current: formatBytes(activity.progress.current) })
          : t('activity.bytesDone', { current: formatBytes(activity.progress.current) })
    : running
      ? t('activity.waiting')
      : '';

  return (
    <li className={`activity-item state-${activity.state}`} aria-label={activity.title}>
      <div className="activity-head">
        <span className="activity-kind">{t(`activity.kind.${activity.kind}`)}</span>
        <span className="activity-title mono-ish truncate">{activity.title}</span>
        <span className={`activity-state ${activity.state}`}>{t(`activity.state.${activity.state}`)}</span>
        {running ? (
          <button
            type="button"
            className="secondary-button small"
            aria-label={t('activity.cancel', { title: activity.title })}
            onClick={onCancel}
          >
            {t('common.cancel')}
          </button>
        ) : (
          <button
            type="button"
            className="icon-button"
            aria-label={t('activity.dismiss', { title: activity.title })}
            onClick={onDismiss}
          >
            <X size={16} aria-hidden="true" />
          </button>
        )}
      </div>
      <ProgressBar label={t('activity.progress', { title: activity.title })} value={percent} />
      <div className="activity-meta muted">
        <span>{bytes}</span>
        {percent !== null ? <span>{percent} %</span> : null}
      </div>
      {activity.error ? <EngineError role="alert" message={activity.error} /> : null}
      {activity.layers.length > 0 ? (
        <details open={showLayers} onToggle={(event) => setShowLayers(event.currentTarget.open)}>
          <summary>{t('activity.layers', { count: activity.layers.length })}</summary>
          <ul className="layer-list">
            {activity.layers.map((layer) => (
              <LayerRow key={layer.id} layer={layer} />
            ))}
          </ul>
        </details>
      ) : null}
      <ActivityOutput activity={activity} />
      <CommandLine command={activity.command} />
    </li>
  );
}
