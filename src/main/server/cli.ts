// Entry of `berth serve` (plain Node): finds the engine as the app does and serves the UI.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createBackend } from '../core/backend';
import { defaultSettingsPath } from '../core/settings/settings-file';
import { newToken } from './auth';
import { startServer } from './server';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '8750' },
      host: { type: 'string', default: '127.0.0.1' },
      engine: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log('Usage: berth serve [--port N] [--host ADDR] [--engine unix:///path/docker.sock]');
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid --port "${values.port}"`);
  const host = values.host;
  if (!LOOPBACK.has(host)) {
    console.warn(
      `Warning: serving on ${host}, which is not loopback. Anyone who can reach it and has the token controls your Docker engine.`,
    );
  }
  const backend = createBackend({
    settingsPath: process.env.BERTH_SETTINGS || defaultSettingsPath(),
    engineOverride: values.engine ?? null,
  });
  const here = path.dirname(fileURLToPath(import.meta.url));
  const server = await startServer({
    context: backend.context,
    host,
    port,
    token: process.env.BERTH_TOKEN || newToken(),
    rendererDir: path.resolve(here, '../renderer'),
  });
  console.log(`Berth is serving at ${server.url}`);

  let stopping = false;
  const shutdown = () => {
    if (stopping) process.exit(1); // a second Ctrl-C does not wait
    stopping = true;
    // Berth's own engine stops gracefully (when the setting says so); bounded, never hangs.
    setTimeout(() => process.exit(1), 45_000).unref();
    void Promise.allSettled([backend.dispose(), server.close()]).then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
