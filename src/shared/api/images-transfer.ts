// The contract of pull, push, tag, remove, prune and registry login (inputs are zod schemas).
import { z } from 'zod';
import { fullImageIdSchema, imageIdOrReferenceSchema, imageReferenceSchema } from '../ids/image-ids';

export const pullInputSchema = z.object({ reference: imageReferenceSchema });
export const pushInputSchema = z.object({ reference: imageReferenceSchema });
export const tagInputSchema = z.object({ source: imageIdOrReferenceSchema, target: imageReferenceSchema });
export const removeImageInputSchema = z.object({
  /** A repo:tag (untags it) or an image ID. */
  image: imageIdOrReferenceSchema,
  force: z.boolean().default(false),
});
export const pruneModeSchema = z.enum(['dangling', 'unused']);
export const pruneInputSchema = z.object({ mode: pruneModeSchema });
/** Exactly the images the user saw and confirmed in the preview (with the mode it was made for). */
export const pruneImagesInputSchema = z.object({
  mode: pruneModeSchema,
  ids: z.array(fullImageIdSchema).min(1).max(20_000),
});
export type PruneMode = z.infer<typeof pruneModeSchema>;

export interface PruneCandidate {
  id: string;
  repoTags: string[];
  size: number;
}

export interface PruneResult {
  deleted: string[];
  untagged: string[];
  spaceReclaimed: number;
  /** Previewed images that were kept: no longer prunable, or refused by the engine. */
  failed: { id: string; message: string }[];
}

export interface RemoveResult {
  deleted: string[];
  untagged: string[];
}

/** Server as the user types it: "127.0.0.1:5000", "registry.example.com", "docker.io". */
export const registryServerSchema = z
  .string()
  .trim()
  .min(1, 'A registry server is required')
  .max(255)
  .regex(/^(https?:\/\/)?[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._/-]*)?$/, 'Not a registry address');

export const loginInputSchema = z.object({
  server: registryServerSchema,
  username: z.string().trim().min(1, 'A username is required').max(255),
  password: z.string().min(1, 'A password is required').max(4096),
  remember: z.boolean().default(false),
});

export const logoutInputSchema = z.object({ server: registryServerSchema });

/** What the renderer may know of a registry login: never the secret. */
/** Where "Remember" keeps a registry login, for the Registries dialog to say. */
export interface CredentialStorage {
  /** The OS keychain (Electron safeStorage), the user's docker credential helper, or nowhere. */
  kind: 'keychain' | 'credential-helper' | 'session';
  /** The helper's name (docker-credential-<name>) when kind is credential-helper. */
  helper: string | null;
  /** Why logins last only for this session: web mode without a helper, or no real encryption. */
  reason: 'webMode' | 'basicText' | 'noEncryption' | null;
}

export interface RegistryLogin {
  server: string;
  username: string;
  /** Where the credential comes from. */
  source: 'berth' | 'berth-remembered' | 'docker-config' | 'credential-helper';
}
