// "Test connection" in Settings: one request to a typed engine address, bounded in time, that
// answers with the engine's version or why it could not be reached, without saving the address.
// One attempt, no retries and no fallbacks, so it cannot be turned into a scanner of many ports.
import os from 'node:os';
import type { DockerOptions } from 'dockerode';
import type { EngineTestResult } from '@shared/api';
import { EngineClient } from './client';
import { envTls } from './discovery';
import { dockerOptions } from './endpoint';
import { describeConnectError, withTimeout } from './errors';
import { engineVersion } from './version';

export const ENGINE_TEST_TIMEOUT_MS = 5000;
const SOCKET_GRACE_MS = 1000;

export async function testEngineConnection(
  host: string,
  timeoutMs = ENGINE_TEST_TIMEOUT_MS,
): Promise<EngineTestResult> {
  try {
    // TLS as for an address saved in Settings (discovery.ts): DOCKER_TLS_VERIFY / DOCKER_CERT_PATH.
    const options: DockerOptions & { connectionTimeout?: number } = {
      ...dockerOptions(host, envTls(process.env, os.homedir())),
      // withTimeout answers at timeoutMs; the modem drops the socket a little later, so the
      // answer is always "did not answer in time" and no socket outlives the test for long.
      timeout: timeoutMs + SOCKET_GRACE_MS,
      connectionTimeout: timeoutMs + SOCKET_GRACE_MS,
    };
    const docker = new EngineClient(options);
    const version = await withTimeout(docker.version(), timeoutMs, 'version');
    return { ok: true, version: engineVersion(version) };
  } catch (error) {
    return { ok: false, message: describeConnectError(error, host) };
  }
}
