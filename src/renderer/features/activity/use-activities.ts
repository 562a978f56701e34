// Activities from the react-query cache, which LiveSync keeps current like every live list.
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Activity } from '@shared/api';
import { useLiveLists } from '@renderer/api/hooks';

const none: Activity[] = [];

export function useActivities(): Activity[] {
  return useQuery(useLiveLists().activity.query).data ?? none;
}

/** One activity (null: none), re-rendering only when that one changes. */
export function useActivity(id: string | null): Activity | undefined {
  const select = useCallback((list: Activity[]) => (id ? list.find((a) => a.id === id) : undefined), [id]);
  return useQuery({ ...useLiveLists().activity.query, select }).data;
}

/** Percent done, or null while the size is unknown; a finished success is 100. */
export function percentOf(activity: Activity): number | null {
  if (activity.state === 'succeeded') return 100;
  const progress = activity.progress;
  if (!progress || progress.total === null || progress.total === 0) return null;
  return Math.min(100, Math.floor((progress.current / progress.total) * 100));
}
