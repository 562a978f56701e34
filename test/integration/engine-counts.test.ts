// Figures that must agree with the docker CLI: containers per network as `docker network
// inspect` counts them (endpoints, so running containers only, including ones connected after
// they started), and the images' disk total as `docker system df` (shared layers once).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatBytes } from '@shared/format/bytes';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { startBackend, type TestBackend } from '../support/backend';
import { containerFixture } from '../support/containers';
import { runId, uniqueName } from '../support/names';
import { waitForValue } from '../support/wait';

const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const containers = containerFixture(env.dockerHost);
const network = uniqueName('it-net');
const running = containers.name('it-count-run');
const stopped = containers.name('it-count-stop');
const builder = containers.name('it-count-build');
const childImage = `berth-test/child:${runId}`;
let test: TestBackend;

/** Endpoints on a network, as `docker network inspect` lists them. */
async function inspectCount(name: string): Promise<number> {
  const out = await docker(['network', 'inspect', name, '--format', '{{len .Containers}}']);
  return Number(out.trim());
}

function modelCount(name: string): number | undefined {
  return test.backend.engine.networks.list().find((n) => n.name === name)?.containers;
}

beforeAll(async () => {
  test = await startBackend(env.dockerHost);
});

afterAll(async () => {
  await containers.cleanup();
  await docker(['network', 'rm', network]).catch(() => undefined);
  await docker(['rmi', childImage]).catch(() => undefined);
  test?.dispose();
});

describe('network container counts', () => {
  it('counts a container connected after it started, and not a stopped one', async () => {
    await docker(['network', 'create', network]);
    await docker(['run', '-d', '--name', running, env.busyboxImage, 'sleep', '300']);
    await docker(['create', '--name', stopped, '--network', network, env.busyboxImage, 'true']);
    await waitForValue(() => (modelCount(network) !== undefined ? true : undefined), 'the network');
    // Connecting raises only a network event; the count must follow it.
    await docker(['network', 'connect', network, running]);
    expect(await inspectCount(network)).toBe(1);
    await waitForValue(() => (modelCount(network) === 1 ? true : undefined), 'one container on the network', {
      timeoutMs: 15_000,
    });
    expect(await inspectCount('bridge')).toBe(modelCount('bridge'));

    await docker(['network', 'disconnect', network, running]);
    await waitForValue(() => (modelCount(network) === 0 ? true : undefined), 'the disconnect', {
      timeoutMs: 15_000,
    });
    expect(await inspectCount(network)).toBe(0);
  });
});

describe('images disk total', () => {
  it('counts shared layers once, as docker system df does', async () => {
    // A child image shares every layer of its parent.
    await docker(['run', '--name', builder, env.busyboxImage, 'sh', '-c', 'echo child > /child.txt']);
    await docker(['commit', builder, childImage]);
    await docker(['rm', builder]);

    const df = await test.caller().system.df();
    const images = await test.backend.engine.api().listImages();
    const naive = images.reduce((sum, image) => sum + image.Size, 0);
    expect(df.imagesSize).toBeLessThan(naive);

    // The CLI prints 4 significant digits ("1.987MB"); ours must round to the same figure.
    const cli = await docker(['system', 'df', '--format', '{{.Type}}\t{{.Size}}']);
    const shown =
      cli
        .split('\n')
        .find((line) => line.startsWith('Images\t'))
        ?.split('\t')[1] ?? '';
    expect(shown).toBe(formatBytes(df.imagesSize, 4).replace(' ', ''));
  });
});
