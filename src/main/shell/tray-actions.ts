// What a tray click does. Container actions go through the same router procedures the window
// calls (same checks, same error words); a failure is shown as a notification, not swallowed.
import { Notification, shell } from 'electron';
import type { Backend } from '../core/backend';
import { appRouter } from '../core/router';
import { externalLinkUrl } from './pure/external-links';
import type { TrayAction } from './pure/tray-model';

export interface TrayActionDeps {
  backend: Backend;
  showDashboard(route?: string): void;
  quit(): void;
}

function report(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  if (Notification.isSupported()) new Notification({ title: 'Berth', body: message }).show();
}

export function performTrayAction(action: TrayAction, deps: TrayActionDeps): void {
  switch (action.type) {
    case 'dashboard':
      deps.showDashboard(action.route);
      return;
    case 'container': {
      const caller = appRouter.createCaller(deps.backend.context());
      const call = action.verb === 'stop' ? caller.containers.stop : caller.containers.restart;
      void call({ id: action.id }).catch(report);
      return;
    }
    case 'open-url': {
      // electronegativity-ok OPEN_EXTERNAL_JS_CHECK: a tray click is the user's own gesture, and
      // the URL (http://localhost:PORT from the tray model) is checked to be plain http(s).
      const url = externalLinkUrl(action.url);
      if (url) void shell.openExternal(url);
      return;
    }
    case 'pull-image':
      deps.showDashboard('/images');
      return;
    case 'run-image':
      deps.showDashboard(`/images/${encodeURIComponent(action.reference)}`);
      return;
    case 'engine': {
      const providers = deps.backend.providers;
      const run =
        action.verb === 'start'
          ? providers.start()
          : action.verb === 'stop'
            ? providers.stop()
            : providers.restart();
      // Progress and failures show on the Engine page (and the tray's status line).
      void run.catch(() => undefined);
      deps.showDashboard('/engine');
      return;
    }
    case 'quit':
      deps.quit();
      return;
  }
}
