// Shows the notifications NotificationPlanner decides on, with Electron's Notification; a click
// opens the page it concerns. All deciding is in pure/notifications.ts.
import { app, Notification } from 'electron';
import type { Backend } from '../core/backend';
import { notificationText } from './pure/notification-labels';
import { NotificationPlanner, type PlannedNotification } from './pure/notifications';
import { trayLanguage } from './pure/tray-labels';

export interface NotificationHooks {
  showDashboard(route?: string): void;
  /** True while Berth quits: the engine going away then is expected. */
  quitting(): boolean;
}

/** Starts watching; returns a function that stops it. */
export function startNotifications(backend: Backend, hooks: NotificationHooks): () => void {
  const planner = new NotificationPlanner(() => backend.settings.get().notifications);
  const show = (planned: PlannedNotification[]) => {
    if (planned.length === 0 || !Notification.isSupported()) return;
    const language = trayLanguage(app.getLocale());
    for (const item of planned) {
      const text = notificationText(item, language);
      const notification = new Notification({ title: text.title, body: text.body });
      notification.on('click', () => hooks.showDashboard(text.route));
      notification.show();
    }
  };
  const engineExpected = () => {
    if (hooks.quitting()) return true;
    const { owned, status } = backend.providers.view();
    return owned && (status?.state === 'stopping' || status?.state === 'stopped');
  };
  const { engine } = backend;
  const stops = [
    backend.activity.store.onChange((change) => {
      if (change.type === 'upsert') show(planner.activity(change.item));
      else if (change.type === 'snapshot') for (const item of change.items) show(planner.activity(item));
    }),
    engine.onStatus((status) => show(planner.engine(status.state, status.reason, engineExpected()))),
    engine.containers.onChange((change) => {
      const now = Date.now();
      if (change.type === 'remove') planner.containerRemoved(change.id);
      else
        for (const item of change.type === 'upsert' ? [change.item] : change.items)
          show(planner.container(item.id, item.name, item.state, now));
    }),
  ];
  show(planner.engine(engine.status().state, engine.status().reason, true));
  return () => stops.forEach((stop) => stop());
}
