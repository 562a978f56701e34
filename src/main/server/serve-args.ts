// `berth serve`'s flags and BERTH_TOKEN, checked before anything starts (kept apart from the
// entry so tests can call it).
import { parseArgs } from 'node:util';
import { newToken, weakTokenReason } from './auth';

export const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const HOST_NAME_RE =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?::\d{1,5})?$|^\[[0-9a-f:.]+\](?::\d{1,5})?$/i;

export const USAGE = `Usage: berth serve [options]
  --port N                 port to listen on (default 8750)
  --host ADDR              address to bind (default 127.0.0.1); beyond loopback needs --allow-host
  --allow-host NAME        a Host header to accept (repeatable), e.g. berth.example.com
  --engine URL             the engine, e.g. unix:///var/run/docker.sock
  --build-root DIR         allow builds from folders under DIR (repeatable; none by default)
  --allow-host-mounts      allow containers to mount host folders
  --allow-engine-change    allow the browser to change the engine address
Whoever holds the token is root on this host.`;

export interface ServeConfig {
  port: number;
  host: string;
  allowHosts: string[];
  engine: string | null;
  buildRoots: string[];
  allowHostMounts: boolean;
  allowEngineChange: boolean;
  token: string;
  help: boolean;
}

/** The flags and BERTH_TOKEN, checked; throws with the words to print. */
export function parseServeArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): ServeConfig {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '8750' },
      host: { type: 'string', default: '127.0.0.1' },
      'allow-host': { type: 'string', multiple: true, default: [] },
      engine: { type: 'string' },
      'build-root': { type: 'string', multiple: true, default: [] },
      'allow-host-mounts': { type: 'boolean', default: false },
      'allow-engine-change': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid --port "${values.port}"`);
  const allowHosts = values['allow-host'];
  for (const name of allowHosts) {
    if (!HOST_NAME_RE.test(name))
      throw new Error(`Invalid --allow-host "${name}": give a host name as a browser sends it.`);
  }
  if (!LOOPBACK.has(values.host) && allowHosts.length === 0) {
    throw new Error(
      `--host ${values.host} is not loopback: name the Host headers browsers will use with --allow-host NAME (repeatable).`,
    );
  }
  let token = env.BERTH_TOKEN ?? '';
  if (token) {
    const weak = weakTokenReason(token);
    if (weak) throw new Error(weak);
  } else {
    token = newToken();
  }
  return {
    port,
    host: values.host,
    allowHosts,
    engine: values.engine ?? null,
    buildRoots: values['build-root'],
    allowHostMounts: values['allow-host-mounts'],
    allowEngineChange: values['allow-engine-change'],
    token,
    help: values.help,
  };
}
