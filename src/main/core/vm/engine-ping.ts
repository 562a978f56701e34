// Waits for a provider's engine to answer /_ping, bounded in time; `alive` stops the wait early
// when what runs the engine has gone.
import Dockerode from 'dockerode';
import { dockerOptions } from '../engine/endpoint';
import type { ProviderEndpoint } from './provider';

export async function waitForPing(
  endpoint: ProviderEndpoint,
  deadlineMs: number,
  alive: () => string | null = () => null,
  signal?: AbortSignal,
): Promise<void> {
  const docker = new Dockerode({ ...dockerOptions(endpoint.host, endpoint.tls), timeout: 5000 });
  const until = Date.now() + deadlineMs;
  for (;;) {
    if (signal?.aborted) throw new Error('The start was cancelled');
    const gone = alive();
    if (gone) throw new Error(gone);
    try {
      await docker.ping();
      return;
    } catch {
      // not up yet
    }
    if (Date.now() >= until)
      throw new Error(`The engine did not answer within ${Math.round(deadlineMs / 1000)} s`);
    await new Promise((r) => setTimeout(r, 300));
  }
}
