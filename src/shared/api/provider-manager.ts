// What the Engine page shows about the provider that runs Berth's engine, and the inputs of the
// `providers` router.
import { z } from 'zod';
import { providerIdSchema, type ProviderId, type ProviderStatus } from './providers';

export const nativeModes = ['auto', 'host', 'private'] as const;
export type NativeMode = (typeof nativeModes)[number];

/** The `berth` docker context, while Berth runs an engine of its own. */
export interface BerthContextInfo {
  name: string;
  /** As DOCKER_HOST would be written, e.g. unix:///home/me/.local/share/berth/engine/docker.sock */
  host: string;
  /** True when the user made it their current context. */
  current: boolean;
}

export interface ProviderStateView {
  /** The provider Berth runs (null: none for this platform). */
  selected: ProviderId | null;
  /** Why this one, in words. */
  why: string;
  /** Whether Berth uses its provider's engine (false: the user's own engine is used instead). */
  engaged: boolean;
  /** Why the user's own engine is used instead (settings address, --engine, DOCKER_HOST, context). */
  userEngine: string | null;
  status: ProviderStatus | null;
  /** True when the engine is Berth's own (a private dockerd or a VM), not one Berth found. */
  owned: boolean;
  context: BerthContextInfo | null;
  /** Containers need a Linux kernel: outside Linux the engine runs in a VM. */
  needsVm: boolean;
}

export interface ProviderChoice {
  id: ProviderId;
  usable: boolean;
  reason: string;
}

export const providerStartInputSchema = z.object({ id: providerIdSchema.optional() }).optional();
export const providerLogsInputSchema = z.object({
  kind: z.enum(['console', 'engine']),
  tail: z.number().int().min(1).max(5000).default(500),
});
export const providerFollowInputSchema = z.object({ kind: z.enum(['console', 'engine']) });
export const factoryResetInputSchema = z.object({ confirm: z.literal(true) });
