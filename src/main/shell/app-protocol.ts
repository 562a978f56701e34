// Serves the built renderer from app://berth/ (see pure/app-url.ts for why not file://).
// The scheme must be registered as privileged before the app is ready; the handler is installed
// after, on the session the window uses.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { protocol, type Session } from 'electron';
import { appResponseHeaders, isInside, resolveAppAsset } from './pure/app-protocol';
import { APP_SCHEME } from './pure/app-url';

/** Call before app 'ready'. standard: a real origin and relative URLs; secure: like https. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function handleAppScheme(session: Session, rendererRoot: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const refuse = (status: number) => new Response(null, { status });
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const asset = resolveAppAsset(request.url, rendererRoot);
    if (!asset.ok) return refuse(asset.status);
    try {
      // A symlink inside out/renderer must not lead outside it.
      const [root, real] = await Promise.all([fs.realpath(rendererRoot), fs.realpath(asset.file)]);
      if (!isInside(root, real)) return refuse(403);
      const body = await fs.readFile(real);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: appResponseHeaders(asset.mimeType),
      });
    } catch {
      return refuse(404);
    }
  });
}

/** out/renderer, beside out/main where this file is bundled. */
export const builtRendererRoot = (): string => path.join(__dirname, '../renderer');
