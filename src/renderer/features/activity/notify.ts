// Desktop notifications for long operations: permission is asked once an operation has run for
// a while (not at startup), and only operations longer than LONG_MS notify when they end.
import type { Activity } from '@shared/api';

export const LONG_MS = 10_000;

export function askPermissionIfLong(activity: Activity, now: number): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'default') return;
  if (activity.state === 'running' && now - activity.startedAt > LONG_MS) {
    void Notification.requestPermission().catch(() => undefined);
  }
}

export function notifyEnd(activity: Activity, text: string): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  if (!activity.endedAt || activity.endedAt - activity.startedAt < LONG_MS) return;
  try {
    new Notification('Berth', { body: text, tag: activity.id });
  } catch {
    // Some embedders refuse the constructor; the panel still shows the result.
  }
}
