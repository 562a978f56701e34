// The live list of activities, from one subscription to activity.changes.
import { useSubscription } from '@trpc/tanstack-react-query';
import { useEffect, useState } from 'react';
import type { Activity, ActivityChange } from '../../../shared/api';
import { applyChanges, type Change } from '../../api/apply-changes';
import { useTRPC } from '../../api/trpc';
import { publishActivities } from './activity-store';

function toChange(change: ActivityChange): Change<Activity> {
  if (change.type === 'snapshot') return { type: 'snapshot', items: change.activities };
  if (change.type === 'upsert') return { type: 'upsert', item: change.activity };
  return change;
}

export function useActivities(): Activity[] {
  const trpc = useTRPC();
  const [activities, setActivities] = useState<Activity[]>([]);
  useSubscription(
    trpc.activity.changes.subscriptionOptions(undefined, {
      onData: (batch) => setActivities((old) => applyChanges(old, batch.map(toChange))),
    }),
  );
  useEffect(() => publishActivities(activities), [activities]);
  return activities;
}

/** Percent done, or null while the size is unknown; a finished success is 100. */
export function percentOf(activity: Activity): number | null {
  if (activity.state === 'succeeded') return 100;
  const progress = activity.progress;
  if (!progress || progress.total === null || progress.total === 0) return null;
  return Math.min(100, Math.floor((progress.current / progress.total) * 100));
}
