// Registers Berth as the OS handler of berth:// links and turns each link into a renderer route
// (pure/berth-links.ts decides; a refused link is logged and otherwise ignored).
import path from 'node:path';
import { app } from 'electron';
import { BERTH_SCHEME, berthLinkInArgv, parseBerthLink } from './pure/berth-links';

/** The route a link opens, or null for no link or a refused one. */
export function linkRoute(link: string | null): string | null {
  if (!link) return null;
  const parsed = parseBerthLink(link);
  if (parsed.ok) return parsed.route;
  console.warn(`Berth ignored a berth:// link (${parsed.reason}).`);
  return null;
}

/** The route of a berth:// link among a (second) instance's arguments, if any. */
export function argvRoute(argv: readonly string[]): string | null {
  return linkRoute(berthLinkInArgv(argv));
}

/**
 * Claims the scheme and listens for macOS's open-url (which may come before the app is ready;
 * `open` then queues). Call before app 'ready'.
 */
export function handleBerthLinks(open: (route: string) => void): void {
  if (process.defaultApp && process.argv[1]) {
    // Unpackaged (electron .): the OS must start Electron with the app's path.
    // electronegativity-ok PROTOCOL_HANDLER_JS_CHECK: every berth:// link is parsed as hostile
    // input (pure/berth-links.ts) and can only open a container or image page.
    app.setAsDefaultProtocolClient(BERTH_SCHEME, process.execPath, [path.resolve(process.argv[1])]);
  } else {
    // electronegativity-ok PROTOCOL_HANDLER_JS_CHECK: as above, links only open two validated pages.
    app.setAsDefaultProtocolClient(BERTH_SCHEME);
  }
  app.on('open-url', (event, url) => {
    event.preventDefault();
    const route = linkRoute(url);
    if (route) open(route);
  });
}
