// Detached clean-up process, spawned from the test runner's 'exit' handler
// (see lifecycle.ts) when the runner exits without running the async teardown,
// e.g. vitest calls process.exit() right after SIGINT. It waits for its parent
// to be gone, then runs the same stale sweeps the next harness start would.
// Usage: node --import tsx test/harness/janitor.ts <owner-pid>
import { sweepStaleBridges } from './bridge';
import { sweepStaleCliConfigs } from './cli';
import { sweepStaleDockerds } from './dockerd';
import { sweepStaleRootfs } from './images';
import { isAlive, sleep } from './proc';
import { sweepStaleRegistries } from './registry';

const owner = Number(process.argv[2]);
const deadline = Date.now() + 30_000;
for (let i = 0; i < 300 && Date.now() < deadline && isAlive(owner); i++) await sleep(100);

// Hard cap, in case a sweep hangs on something unexpected.
setTimeout(() => process.exit(1), 60_000).unref();
for (const sweep of [sweepStaleDockerds, sweepStaleRegistries, sweepStaleRootfs, sweepStaleCliConfigs]) {
  await sweep().catch(() => undefined);
}
await sweepStaleBridges().catch(() => undefined);
