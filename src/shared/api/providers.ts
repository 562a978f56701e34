// Engine providers: the ways Berth runs an engine of its own (a private dockerd, a Linux VM).
// The UI shows the same shape whatever the provider: state, start progress, resources, logs.
import { z } from 'zod';

export const providerIds = ['native', 'qemu', 'wsl2', 'lima'] as const;
export type ProviderId = (typeof providerIds)[number];
export const providerIdSchema = z.enum(providerIds);

export type ProviderState = 'stopped' | 'starting' | 'running' | 'stopping' | 'error';

/** Start progress, in order. */
export const startSteps = ['preparing', 'booting', 'waiting-for-engine', 'ready'] as const;
export type StartStep = (typeof startSteps)[number];

export interface ProviderResources {
  cpus: number;
  memoryMiB: number;
  diskGiB: number;
}

/** Whether a provider can run here, and if not why, in words. */
export interface ProviderDetection {
  usable: boolean;
  reason: string;
}

export interface ProviderStatus {
  id: ProviderId;
  state: ProviderState;
  /** While starting: the step reached. */
  step: StartStep | null;
  /** Words for the current step or state ("Booting the VM (software emulation)"). */
  detail: string | null;
  /** Why the provider is in `error` (or a warning while running, e.g. "KVM hangs; using tcg"). */
  reason: string | null;
  /** The engine address it exposes while running, as DOCKER_HOST would be written. */
  endpoint: string | null;
  /** Resources the provider applies (null where it has none, e.g. the host's engine). */
  resources: ProviderResources | null;
  /** ms since epoch of the last state change. */
  since: number;
}

export type ProviderLogKind = 'console' | 'engine';

export const providerResourcesSchema = z.object({
  cpus: z.number().int().min(1).max(64),
  memoryMiB: z.number().int().min(512).max(262_144),
  diskGiB: z.number().int().min(4).max(2048),
});
