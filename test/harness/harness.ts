// One call to get everything integration/e2e tests need: an engine (a private
// dockerd, or BERTH_TEST_DOCKER_HOST if set), the busybox test image in it, and
// a local registry. Everything started here is stopped by stop(), and also when
// a later step fails halfway through startup.
import { dockerCli } from './cli';
import { startDockerd, type Dockerd } from './dockerd';
import { ensureBusybox } from './images';
import { once } from './lifecycle';
import { startRegistry, type Registry } from './registry';

export { dockerCli, DockerCliError } from './cli';
export { BUSYBOX_IMAGE } from './images';

export interface Harness {
  /** e.g. unix:///tmp/bd-XXXX/docker.sock */
  dockerHost: string;
  /** 127.0.0.1:PORT (plain HTTP, no auth) */
  registry: string;
  busyboxImage: string;
  /** Runs the docker CLI against dockerHost; rejects with stderr on non-zero exit. */
  docker(args: string[], input?: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const external = process.env.BERTH_TEST_DOCKER_HOST;
  // The engine and the registry are independent: start them concurrently.
  const [engine, registry] = await Promise.allSettled([
    external ? Promise.resolve(undefined) : startDockerd(),
    startRegistry(),
  ]);
  const started: Array<Dockerd | Registry> = [];
  if (engine.status === 'fulfilled' && engine.value) started.push(engine.value);
  if (registry.status === 'fulfilled') started.push(registry.value);
  const stopStarted = async (): Promise<void> => {
    for (const s of started.reverse()) await s.stop().catch(() => undefined);
  };

  try {
    if (engine.status === 'rejected') throw engine.reason;
    if (registry.status === 'rejected') throw registry.reason;
    const dockerHost = engine.value?.host ?? external;
    if (!dockerHost) throw new Error('no docker host');
    if (external)
      await dockerCli(dockerHost, ['version', '--format', '{{.Server.Version}}'], undefined, {
        timeoutMs: 15_000,
      });
    const busyboxImage = await ensureBusybox(dockerHost);
    return {
      dockerHost,
      registry: registry.value.address,
      busyboxImage,
      docker: (args, input) => dockerCli(dockerHost, args, input),
      stop: once(stopStarted),
    };
  } catch (e) {
    await stopStarted();
    throw e;
  }
}
