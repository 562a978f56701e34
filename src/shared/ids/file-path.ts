// Paths inside a container and names of files the user sends into one. A name becomes a tar
// header, and the engine extracts that tar over the container's (and its bind mounts') files:
// ".." or a name cut short at a NUL ("..\u0000") would write outside the chosen folder.
import { z } from 'zod';
import { hasControlCharacters } from './text';

export const FILE_NAME_MAX = 255;
export const CONTAINER_PATH_MAX = 4096;

/** Why `name` is not one plain child of a folder, or null when it is. */
export function fileNameProblem(name: string): string | null {
  if (name.length === 0) return 'A file name is required';
  if (name.length > FILE_NAME_MAX) return `A file name is at most ${FILE_NAME_MAX} characters`;
  if (hasControlCharacters(name)) return 'A file name must not contain control characters';
  if (name.includes('/') || name.includes('\\')) return 'A file name must not contain "/" or "\\"';
  if (name.trim() === '.' || name.trim() === '..' || name.trim() === '') return 'Not a file name';
  return null;
}

/** One plain child of a folder: no separators, not "." or "..", no control characters. */
export const fileNameSchema = z.string().superRefine((value, ctx) => {
  const problem = fileNameProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Why `path` is not a plain absolute path inside a container, or null when it is. */
export function containerPathProblem(path: string): string | null {
  if (!path.startsWith('/')) return 'The path must start with /';
  if (path.length > CONTAINER_PATH_MAX) return `A path is at most ${CONTAINER_PATH_MAX} characters`;
  if (hasControlCharacters(path)) return 'The path must not contain control characters';
  if (path.includes('\\')) return 'The path must not contain "\\"';
  // "/" alone, and one trailing "/", are fine; empty, "." and ".." parts are not.
  const parts = path.replace(/\/$/, '').split('/').slice(1);
  if (path === '/') return null;
  if (parts.some((part) => part === '' || part === '.' || part === '..'))
    return 'The path must not contain empty, "." or ".." parts';
  return null;
}

/** An absolute, normalised path inside a container. */
export const containerPathSchema = z.string().superRefine((value, ctx) => {
  const problem = containerPathProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Why `path` is not a relative path that stays inside its folder (a Dockerfile in a build context). */
export function relativePathProblem(path: string): string | null {
  if (path.length === 0) return 'A path is required';
  if (path.length > CONTAINER_PATH_MAX) return `A path is at most ${CONTAINER_PATH_MAX} characters`;
  if (hasControlCharacters(path)) return 'The path must not contain control characters';
  if (/^[/\\]/.test(path) || /^[A-Za-z]:/.test(path)) return 'Use a path inside the folder, not a full path';
  if (path.split(/[/\\]/).includes('..')) return 'The path must stay inside the folder (no "..")';
  return null;
}

/** A relative path inside a folder, e.g. "Dockerfile" or "docker/app.Dockerfile". */
export const relativePathSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = relativePathProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A folder on the machine where Berth's backend runs: absolute, without control characters. */
export const hostFolderSchema = z
  .string()
  .trim()
  .max(CONTAINER_PATH_MAX)
  .refine((value) => !hasControlCharacters(value), 'The path must not contain control characters');
