// What the qemu provider remembers between runs, in vm.json in the VM's folder.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { ProviderResources } from '@shared/api/providers';
import type { Accelerator } from './accelerator';

export interface VmState {
  resources: ProviderResources | null;
  /** A suspended VM to resume: the internal snapshot's name and the machine it needs. */
  snapshot: { name: string; key: string; savedAt: number } | null;
  /** Accelerators that hung at boot here (so later starts go to tcg at once). */
  hangs: Accelerator[];
}

const empty: VmState = { resources: null, snapshot: null, hangs: [] };

export function readVmState(path: string): VmState {
  if (!existsSync(path)) return { ...empty };
  try {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<VmState>;
    return {
      resources: raw.resources ?? null,
      snapshot: raw.snapshot && typeof raw.snapshot.name === 'string' ? raw.snapshot : null,
      hangs: Array.isArray(raw.hangs) ? raw.hangs.filter((a) => ['kvm', 'hvf', 'whpx'].includes(a)) : [],
    };
  } catch {
    return { ...empty };
  }
}

export function writeVmState(path: string, state: VmState): void {
  writeFileSync(`${path}.tmp`, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
}
