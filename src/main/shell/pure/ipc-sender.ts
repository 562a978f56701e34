// Which IPC senders may call the router: the main frame of a window the shell attached, while
// it shows our renderer. A sub-frame, a window we did not create, or a page that navigated away
// is refused before any procedure runs.
import { isAppUrl } from './app-url';

export interface SenderFacts {
  /** webContents.id of the sender. */
  webContentsId: number;
  /** The sending frame; null once it has navigated away or been destroyed. */
  frame: { url: string; isMainFrame: boolean } | null;
}

export function isTrustedSender(sender: SenderFacts, attached: ReadonlySet<number>, appUrl: string): boolean {
  const { frame } = sender;
  if (frame === null || !frame.isMainFrame) return false;
  if (!attached.has(sender.webContentsId)) return false;
  return isAppUrl(frame.url, appUrl);
}
