// Web mode's confinement of build contexts to the operator's --build-root folders. The answer for
// a folder outside them is the same whether or not it exists, symlinks included, so a client
// cannot probe the host's files.
import { promises as fs } from 'node:fs';
import path from 'node:path';

export type Confined =
  | { ok: true; real: string }
  | { ok: false; code: 'contextNoRoots' | 'contextOutsideRoots' | 'contextMissing'; message: string };

const NO_ROOTS =
  'Building from a folder on the server is off in web mode: the operator can allow folders with `berth serve --build-root DIR`; otherwise upload a folder from this computer.';
const OUTSIDE = 'This folder is outside the folders the server allows for builds (berth serve --build-root).';

function inside(child: string, root: string): boolean {
  const rel = path.relative(root, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function underAny(child: string, roots: readonly string[]): boolean {
  return roots.some((root) => inside(child, root));
}

/** The deepest existing ancestor's real path (or null), to judge a missing folder without saying so. */
async function realAncestor(folder: string): Promise<string | null> {
  let current = path.dirname(folder);
  for (let i = 0; i < 4096; i++) {
    try {
      return await fs.realpath(current);
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return null;
      current = parent;
    }
  }
  return null;
}

/** `folder` is absolute; roots are real paths. */
export async function confineToRoots(folder: string, roots: readonly string[]): Promise<Confined> {
  if (roots.length === 0) return { ok: false, code: 'contextNoRoots', message: NO_ROOTS };
  const outside: Confined = { ok: false, code: 'contextOutsideRoots', message: OUTSIDE };
  const resolved = path.resolve(folder);
  if (!underAny(resolved, roots)) return outside;
  let real: string;
  try {
    real = await fs.realpath(resolved);
  } catch {
    // Missing: say so only when the part that exists is still inside a root.
    const ancestor = await realAncestor(resolved);
    if (ancestor === null || !underAny(ancestor, roots)) return outside;
    return { ok: false, code: 'contextMissing', message: `No such folder: ${folder}` };
  }
  return underAny(real, roots) ? { ok: true, real } : outside;
}

/** The Dockerfile named relative to the context must stay inside it (after symlinks too). */
export async function dockerfileInside(realContext: string, dockerfile: string): Promise<boolean> {
  if (path.isAbsolute(dockerfile)) return false;
  const resolved = path.resolve(realContext, dockerfile);
  if (!inside(resolved, realContext)) return false;
  try {
    return inside(await fs.realpath(resolved), realContext);
  } catch {
    return true; // missing: the ordinary "No Dockerfile" check answers
  }
}
