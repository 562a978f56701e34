// The header's Activity button (with a count of running operations) and its panel: pulls,
// pushes and builds, running and finished, with progress, Cancel and Dismiss. Long operations
// end with a desktop notification.
import { useMutation } from '@tanstack/react-query';
import { Activity as ActivityIcon } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '@shared/api';
import { useNow } from '@renderer/api/hooks';
import { useTRPC } from '@renderer/api/trpc';
import { Dialog } from '@renderer/components/Dialog';
import { ActivityItem } from './ActivityItem';
import { askPermissionIfLong, notifyEnd } from './notify';
import { useActivities } from './use-activities';
import './activity.css';

export function ActivityButton() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const activities = useActivities();
  const [open, setOpen] = useState(false);
  const cancel = useMutation(trpc.activity.cancel.mutationOptions());
  const dismiss = useMutation(trpc.activity.dismiss.mutationOptions());
  const running = activities.filter((a) => a.state === 'running');
  const now = useNow(running.length ? 2000 : 60_000);
  const sorted = useMemo(
    () =>
      [...activities].sort(
        (a, b) => Number(b.state === 'running') - Number(a.state === 'running') || b.startedAt - a.startedAt,
      ),
    [activities],
  );

  // Notify once per activity, when one we saw running has ended.
  const seenRunning = useRef(new Set<string>());
  useEffect(() => {
    for (const activity of activities) {
      if (activity.state === 'running') {
        seenRunning.current.add(activity.id);
        askPermissionIfLong(activity, now);
      } else if (seenRunning.current.delete(activity.id)) {
        const key = activity.state === 'succeeded' ? 'activity.notifyDone' : 'activity.notifyFailed';
        notifyEnd(activity, t(key, { kind: t(`activity.kind.${activity.kind}`), title: activity.title }));
      }
    }
  }, [activities, now, t]);

  const finished = activities.filter((a) => a.state !== 'running');
  return (
    <>
      <button
        type="button"
        className="secondary-button with-icon activity-button"
        aria-label={
          running.length
            ? `${t('activity.button')} (${t('activity.running', { count: running.length })})`
            : t('activity.button')
        }
        onClick={() => setOpen(true)}
      >
        <ActivityIcon size={15} aria-hidden="true" />
        {t('activity.button')}
        {running.length ? (
          <span className="activity-badge" aria-hidden="true">
            {running.length}
          </span>
        ) : null}
      </button>
      <Dialog
        title={t('activity.title')}
        open={open}
        onClose={() => setOpen(false)}
        width={680}
        footer={
          finished.length ? (
            <button
              type="button"
              className="secondary-button"
              onClick={() => finished.forEach((a: Activity) => dismiss.mutate({ id: a.id }))}
            >
              {t('activity.clearFinished')}
            </button>
          ) : undefined
        }
      >
        {sorted.length === 0 ? (
          <p className="muted">{t('activity.empty')}</p>
        ) : (
          <ul className="activity-list">
            {sorted.map((activity) => (
              <ActivityItem
                key={activity.id}
                activity={activity}
                onCancel={() => cancel.mutate({ id: activity.id })}
                onDismiss={() => dismiss.mutate({ id: activity.id })}
              />
            ))}
          </ul>
        )}
      </Dialog>
    </>
  );
}
