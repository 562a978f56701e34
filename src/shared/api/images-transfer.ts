// The contract of pull, push, tag, remove, prune and registry login (inputs are zod schemas).
import { z } from 'zod';
import { parseReference } from '../images/reference';

/** A reference as `docker pull` accepts it, checked with the CLI's grammar and words. */
export const imageReferenceSchema = z
  .string()
  .trim()
  .min(1, 'An image reference is required')
  .max(512)
  .superRefine((value, ctx) => {
    const parsed = parseReference(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
  });

/** An image ID (full or short, with or without sha256:) or a reference. */
export const imageIdOrRefSchema = z
  .string()
  .trim()
  .min(1, 'An image is required')
  .max(512)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:/@<>-]*$/, 'Not an image ID or reference');

export const pullInputSchema = z.object({ reference: imageReferenceSchema });
export const pushInputSchema = z.object({ reference: imageReferenceSchema });
export const tagInputSchema = z.object({ source: imageIdOrRefSchema, target: imageReferenceSchema });
export const removeImageInputSchema = z.object({
  /** A repo:tag (untags it) or an image ID. */
  image: imageIdOrRefSchema,
  force: z.boolean().default(false),
});
export const pruneModeSchema = z.enum(['dangling', 'unused']);
export const pruneInputSchema = z.object({ mode: pruneModeSchema });
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
