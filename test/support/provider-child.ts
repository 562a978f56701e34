// A stand-in Berth for the crash tests: starts the native provider's private dockerd with the data
// folder given as argv[2], prints "READY <dockerd pid>", and waits to be SIGKILLed.
// Usage: node --import tsx test/support/provider-child.ts <data-dir>
import { readFileSync } from 'node:fs';
import { NativeProvider } from '@core/vm/native/native-provider';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: provider-child.ts <data-dir>');
const provider = new NativeProvider({ dataDir, mode: () => 'private' });
try {
  await provider.start();
  const owner = JSON.parse(readFileSync(provider.layout.ownerFile, 'utf8')) as { dockerdPid: number };
  console.log(`READY ${owner.dockerdPid}`);
} catch (error) {
  console.log(`FAILED ${(error as Error).message}`);
  process.exit(1);
}
setInterval(() => undefined, 60_000);
