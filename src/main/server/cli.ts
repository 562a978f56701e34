// Entry of `berth serve` (plain Node): finds the engine as the app does and serves the UI.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../core/backend';
import { webPolicy } from '../core/policy';
import { defaultSettingsPath } from '../core/settings/settings-file';
import { LOOPBACK, parseServeArgs, USAGE } from './serve-args';
import { startServer } from './server';
import { installWebSecrets } from './web-secrets';

export async function main(argv = process.argv.slice(2)): Promise<void> {
  if (argv.includes('--help')) {
    console.log(USAGE);
    return;
  }
  const config = parseServeArgs(argv);
  if (!LOOPBACK.has(config.host)) {
    console.warn(
      `Warning: serving on ${config.host}, which is not loopback. Anyone who can reach it and has the token is root on this host.\n` +
        'Beyond loopback, put Berth behind a reverse proxy that terminates TLS: over plain HTTP the token crosses the network readable.',
    );
  }
  const policy = webPolicy(config);
  const settingsPath = process.env.BERTH_SETTINGS || defaultSettingsPath();
  const backend = createBackend({ settingsPath, engineOverride: config.engine, policy });
  installWebSecrets(backend, settingsPath);
  const here = path.dirname(fileURLToPath(import.meta.url));
  const server = await startServer({
    context: backend.context,
    host: config.host,
    port: config.port,
    token: config.token,
    rendererDir: path.resolve(here, '../renderer'),
    allowHosts: config.allowHosts,
  });
  console.log(`Berth is serving at ${server.url}`);
  console.log('Whoever holds this URL (its token) is root on this host.');
  if (policy.buildRoots.length) console.log(`Builds allowed from: ${policy.buildRoots.join(', ')}`);
  if (policy.allowHostMounts) console.log('Host folder mounts are allowed (--allow-host-mounts).');
  if (policy.allowEngineChange) console.log('The browser may change the engine (--allow-engine-change).');

  let stopping = false;
  const shutdown = () => {
    if (stopping) process.exit(1); // a second Ctrl-C does not wait
    stopping = true;
    // Berth's own engine stops gracefully (when the setting says so); bounded, never hangs.
    setTimeout(() => process.exit(1), 45_000).unref();
    // The server closes first, so no client acts on a backend that is being released.
    void server
      .close()
      .then(() => backend.dispose())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
