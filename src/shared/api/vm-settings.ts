// Settings of Berth's Linux VM (qemu, wsl2, lima): where its image comes from, the host folders it
// shares, its resources. Kept apart from the main settings schema; the settings file nests it.
import { z } from 'zod';
import { providerResourcesSchema, type ProviderResources } from './providers';

export const vmAccelerators = ['auto', 'kvm', 'hvf', 'whpx', 'tcg'] as const;
export type VmAccelerator = (typeof vmAccelerators)[number];

/** An absolute host path without `..` segments or control characters. */
const hostPathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p), 'must be an absolute path')
  .refine((p) => !p.split(/[\\/]/).includes('..'), 'must not contain ..')
  // eslint-disable-next-line no-control-regex
  .refine((p) => !/[\x00-\x1f\x7f]/.test(p), 'must not contain control characters');

export const vmImageSchema = z.object({
  /** Where the image archive (vmlinuz, initrd.img, rootfs.qcow2 in a tar) is downloaded from. */
  url: z
    .string()
    .url()
    .refine((u) => /^https?:\/\//.test(u), 'must be an http(s) URL'),
  /** Its SHA-256, 64 hexadecimal digits; the download is refused when it differs. */
  sha256: z.string().regex(/^(sha256:)?[0-9a-fA-F]{64}$/),
});
export type VmImage = z.infer<typeof vmImageSchema>;

export const defaultVmResources: ProviderResources = { cpus: 2, memoryMiB: 2048, diskGiB: 64 };

export const vmSettingsSchema = z.object({
  /** null: the image built locally by scripts/vm/build-image.sh (developers, CI). */
  image: vmImageSchema.nullable().default(null),
  /** Shared into the VM at the same path, besides the user's home. */
  sharedFolders: z.array(hostPathSchema).max(32).default([]),
  /** Whether the user's home is shared (default yes, as Docker Desktop does). */
  shareHome: z.boolean().default(true),
  resources: providerResourcesSchema.default(defaultVmResources),
  accelerator: z.enum(vmAccelerators).default('auto'),
  /** Seconds a hardware-accelerated boot may take before Berth falls back to software emulation. */
  acceleratedBootDeadlineSec: z.number().int().min(5).max(600).default(30),
  /** Save the running VM at stop and resume from it at start. */
  fastStart: z.boolean().default(true),
});
export type VmSettings = z.infer<typeof vmSettingsSchema>;
