// The qemu provider's start time under TCG (software emulation, as on a machine without working
// KVM): from start() to the engine answering /_ping, median of N, for a cold boot and for a resume
// from the snapshot a suspend leaves. Prints a table.
//   npx tsx bench/vm-qemu.ts      (root, qemu-system-x86_64, qemu-img, debootstrap; BERTH_VM_CACHE,
//                                  BERTH_BENCH_RUNS (default 5), BERTH_VM_ACCEL (default tcg))
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { VmAccelerator } from '@shared/api/vm-settings';
import { ensureBuiltImage } from '@core/vm/qemu/image';
import { createQemuProvider } from '@core/vm/qemu/qemu-provider';

const RUNS = Number(process.env.BERTH_BENCH_RUNS ?? 5);
const CACHE_DIR = process.env.BERTH_VM_CACHE ?? '/var/tmp/berth-vm-cache';
const ACCEL = (process.env.BERTH_VM_ACCEL ?? 'tcg') as VmAccelerator;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const secs = (ms: number): string => (ms / 1000).toFixed(1);

const built = Date.now();
const image = await ensureBuiltImage({ scriptsDir: resolve('scripts/vm'), cacheDir: CACHE_DIR });
console.log(`image ${image.id}: ${image.builtMs === null ? 'cached' : `built in ${secs(image.builtMs)} s`} (${secs(Date.now() - built)} s)`); // prettier-ignore

const work = mkdtempSync('/var/tmp/berth-bench-vm-');
const provider = createQemuProvider({
  vmDir: join(work, 'vm'),
  imageCacheDir: CACHE_DIR,
  image: { kind: 'files', files: image },
  accelerator: ACCEL,
  resources: { cpus: 2, memoryMiB: 1024, diskGiB: 8 },
  shareHome: false,
  sharedFolders: [work],
  engineDeadlineMs: 600_000,
});

const cold: number[] = [];
const resume: number[] = [];
const save: number[] = [];
const loads: number[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    // Cold: no snapshot (the previous stop powered off).
    let t = Date.now();
    await provider.start();
    cold.push(Date.now() - t);
    loads.push(loadavg()[0]!);
    t = Date.now();
    await provider.stop({ suspend: true });
    save.push(Date.now() - t);
    t = Date.now();
    await provider.start();
    resume.push(Date.now() - t);
    await provider.stop({ suspend: false });
    console.log(`run ${i + 1}/${RUNS}: cold ${secs(cold.at(-1)!)} s, save ${secs(save.at(-1)!)} s, resume ${secs(resume.at(-1)!)} s, load ${loads.at(-1)!.toFixed(1)}`); // prettier-ignore
  }
} finally {
  await provider.factoryReset().catch(() => undefined);
  rmSync(work, { recursive: true, force: true });
}

const row = (name: string, xs: number[], target: number | null): string => {
  const verdict = target === null ? '—' : median(xs) <= target * 1000 ? 'met' : 'NOT met';
  return `| ${name.padEnd(28)} | ${secs(median(xs)).padStart(8)} | ${secs(Math.min(...xs)).padStart(6)} | ${secs(Math.max(...xs)).padStart(6)} | ${(target === null ? '—' : `≤ ${target}`).padEnd(6)} | ${verdict.padEnd(7)} |`; // prettier-ignore
};
console.log(`\nqemu provider, accelerator ${ACCEL}, ${RUNS} runs, 1 GiB / 2 vCPUs, host load avg ${median(loads).toFixed(1)} (median at the cold boots; ${cpus().length} host cores)`); // prettier-ignore
console.log('| Start to /_ping              | median s |  min s |  max s | target | verdict |');
console.log('|------------------------------|----------|--------|--------|--------|---------|');
console.log(row('cold boot', cold, 20));
console.log(row('resume from snapshot', resume, 5));
console.log(row('suspend (savevm + quit)', save, null));
