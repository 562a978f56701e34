// Start of Berth's private dockerd (native provider) until /_ping answers, median of 5, beside a
// dockerd started by hand with the same flags (same layout, same pre-made bridge) in the same run.
//   npx tsx bench/provider-native.ts      (Linux, as root; dockerd installed)
// The provider's figure includes what Berth adds: crash recovery checks, the subnet choice and
// the bridge. Each round uses a fresh data folder, so both start from an empty engine.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { bridgeNameFor, createBridge, removeBridge, usedNetworks } from '@core/vm/native/host-network';
import { dockerdCommand, engineLayout, networkPlan } from '@core/vm/native/layout';
import { NativeProvider } from '@core/vm/native/native-provider';
import { pingSocket } from '@core/vm/native/ping';
import { otherDockerdRunning, stopPid, unmountUnder } from '@core/vm/native/processes';
import { pickSubnet } from '@core/vm/native/subnet';
import { median, printTable } from './support/stats';

const ROUNDS = 5;
const root = mkdtempSync('/tmp/berth-bench-prov-');

async function providerRound(i: number): Promise<number> {
  const provider = new NativeProvider({ dataDir: path.join(root, `p${i}`), mode: () => 'private' });
  const start = performance.now();
  await provider.start();
  const ms = performance.now() - start;
  await provider.stop();
  return ms;
}

async function byHandRound(i: number): Promise<number> {
  const layout = engineLayout(path.join(root, `h${i}`));
  mkdirSync(layout.dir, { recursive: true, mode: 0o700 });
  writeFileSync(layout.config, '{}\n');
  const bridge = bridgeNameFor(layout.dir);
  const subnet = pickSubnet('172.28', await usedNetworks());
  if (!subnet) throw new Error('no free subnet');
  await createBridge(bridge, subnet, layout.dir);
  const network = networkPlan({ otherDockerd: otherDockerdRunning([layout.dir]), iptablesInstalled: true });
  const { command, args } = dockerdCommand(layout, { bridge, network, rootless: false });
  const log = openSync(layout.log, 'a');
  const start = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', log, log] });
  closeSync(log);
  try {
    for (let tries = 0; tries < 1200; tries++) {
      if (await pingSocket(layout.socket, 1_000)) return performance.now() - start;
      if (child.exitCode !== null) throw new Error(`dockerd exited (${child.exitCode}); see ${layout.log}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('dockerd did not answer');
  } finally {
    await stopPid(child.pid!, 20_000, child);
    await unmountUnder(layout.dir);
    await removeBridge(bridge);
  }
}

try {
  const provider: number[] = [];
  const byHand: number[] = [];
  // Interleaved, so a machine that gets busier affects both alike.
  for (let i = 0; i < ROUNDS; i++) {
    byHand.push(await byHandRound(i));
    provider.push(await providerRound(i));
  }
  printTable(`Start to /_ping answering, median of ${ROUNDS}`, [
    ['dockerd by hand (same flags)', median(byHand)],
    ['Berth native provider', median(provider)],
    ['Berth overhead', median(provider) - median(byHand)],
    ['by hand, all rounds', byHand.map((ms) => ms.toFixed(0)).join(' ')],
    ['provider, all rounds', provider.map((ms) => ms.toFixed(0)).join(' ')],
  ]);
} finally {
  rmSync(root, { recursive: true, force: true });
}
