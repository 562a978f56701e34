// What "commit a container" takes, validated the same way in the form and in the router.
import { z } from 'zod';
import { containerIdOrNameSchema } from '../ids/engine-names';
import { parseReference } from '../images/reference';

const TAG = /^[\w][\w.-]{0,127}$/;

/** Splits "repo:tag" (a registry port is not a tag); the tag defaults to "latest". */
export function splitReference(reference: string): { repository: string; tag: string } {
  const colon = reference.lastIndexOf(':');
  if (colon > reference.lastIndexOf('/')) {
    return { repository: reference.slice(0, colon), tag: reference.slice(colon + 1) };
  }
  return { repository: reference, tag: 'latest' };
}

/**
 * null when valid, else why not (English; the form shows its own translated words). The grammar
 * is the one of shared/images/reference (a commit takes repository[:tag], no digest).
 */
export function referenceProblem(reference: string): 'empty' | 'repository' | 'tag' | 'length' | null {
  const trimmed = reference.trim();
  if (!trimmed) return 'empty';
  const { repository, tag } = splitReference(trimmed);
  if (repository.length > 255) return 'length';
  const parsed = parseReference(trimmed);
  if (parsed.ok) return parsed.ref.digest ? 'repository' : null;
  return parseReference(repository).ok && !TAG.test(tag) ? 'tag' : 'repository';
}

export const commitInput = z.object({
  id: containerIdOrNameSchema,
  reference: z
    .string()
    .trim()
    .refine((value) => referenceProblem(value) === null, 'Not a valid image reference (repository[:tag])'),
  message: z.string().max(10_000).default(''),
  author: z.string().max(1_000).default(''),
  pause: z.boolean().default(true),
  /** Dockerfile instructions applied while committing, like `docker commit --change`. */
  changes: z.array(z.string().trim().min(1).max(4096)).max(50).default([]),
});
export type CommitInput = z.input<typeof commitInput>;

export interface CommitResult {
  imageId: string;
  reference: string;
}
