// Image references and IDs. A reference follows the docker CLI's grammar (shared/images/reference);
// an ID is hex, with or without "sha256:", full or a prefix, as `docker image inspect` takes it.
import { z } from 'zod';
import { parseReference } from '../images/reference';

const IMAGE_ID = /^(?:sha256:)?[a-f0-9]{1,64}$/;

/** A reference as `docker pull` accepts it, checked with the CLI's grammar and words. */
export const imageReferenceSchema = z
  .string()
  .trim()
  .min(1, 'An image reference is required')
  .max(512, 'An image reference is at most 512 characters')
  .superRefine((value, ctx) => {
    const parsed = parseReference(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
  });

/** An image's full ID as the engine lists it: "sha256:" and 64 hex digits. */
export const fullImageIdSchema = z.string().regex(/^sha256:[a-f0-9]{64}$/, 'Not a full image ID');

export function isImageId(value: string): boolean {
  return IMAGE_ID.test(value);
}

/** An image ID (full or short, with or without sha256:) or a reference. */
export const imageIdOrReferenceSchema = z
  .string()
  .trim()
  .min(1, 'An image is required')
  .max(512, 'An image reference is at most 512 characters')
  .superRefine((value, ctx) => {
    if (isImageId(value)) return;
    const parsed = parseReference(value);
    if (!parsed.ok)
      ctx.addIssue({ code: 'custom', message: `Not an image ID or reference: ${parsed.error}` });
  });
