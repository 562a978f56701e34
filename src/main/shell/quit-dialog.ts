// At quit, asks whether to stop Berth's own engine (pure/quit-prompt.ts decides when, and what
// each answer means); "Don't ask again" saves the answer as the quit setting.
import { app, dialog, type BrowserWindow } from 'electron';
import type { Backend } from '../core/backend';
import { QUIT_BUTTONS, QUIT_CANCEL_INDEX, quitAnswer, quitDecision, quitLabels } from './pure/quit-prompt';
import { trayLanguage } from './pure/tray-labels';

/** Whether to stop Berth's own engine, or null when the user cancelled the quit. */
export async function confirmQuit(
  backend: Backend,
  window: BrowserWindow | null,
): Promise<{ stopEngine: boolean } | null> {
  const view = backend.providers.view();
  const decision = quitDecision({
    choice: backend.settings.get().quitEngine,
    provider: view.status,
    owned: view.owned,
  });
  if (decision.kind === 'quit') return { stopEngine: decision.stopEngine };
  const labels = quitLabels[trayLanguage(app.getLocale())];
  const options = {
    type: 'question' as const,
    title: labels.title,
    message: labels.message,
    detail: labels.detail,
    buttons: QUIT_BUTTONS.map((button) => labels[button]),
    defaultId: 0,
    cancelId: QUIT_CANCEL_INDEX,
    checkboxLabel: labels.dontAskAgain,
    checkboxChecked: false,
    noLink: true,
  };
  const shown = window && !window.isDestroyed() && window.isVisible() ? window : null;
  const result = shown ? await dialog.showMessageBox(shown, options) : await dialog.showMessageBox(options);
  const answer = quitAnswer(result.response, result.checkboxChecked);
  if (answer.kind === 'cancel') return null;
  if (answer.remember) {
    try {
      backend.settings.update({ quitEngine: answer.remember });
    } catch {
      // Not saving the choice is no reason to stop quitting; the dialog asks again next time.
    }
  }
  return { stopEngine: answer.stopEngine };
}
