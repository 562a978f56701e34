// The build context: checks the folder and Dockerfile (in words), and packs it as a tar that
// honours .dockerignore the way the docker CLI does (Dockerfile and .dockerignore always go).
import { createReadStream, promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import dockerignore from '@balena/dockerignore';
import tar from 'tar-stream';
import type { BuildContextCheck } from '@shared/api/images-build';
import { confineToRoots, dockerfileInside } from './build-roots';

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await fs.stat(file);
  } catch {
    return null;
  }
}

/**
 * Checks the context folder and Dockerfile, and gives the folder to pack: the real path when
 * `roots` confine builds (web mode), else the folder as given (desktop: any folder).
 */
export async function prepareBuildContext(
  context: string,
  dockerfile: string,
  roots: readonly string[] | null = null,
): Promise<{ check: BuildContextCheck; folder: string }> {
  let folder = context.trim();
  const fail = (code: string, message: string) => ({
    check: { context: message, dockerfile: null, codes: { context: code, dockerfile: null } },
    folder,
  });
  if (!folder) return fail('contextEmpty', 'Choose the folder to build.');
  if (!path.isAbsolute(folder))
    return fail('contextRelative', `Use a full path (starting with /): ${folder}`);
  const file = dockerfile.trim() || 'Dockerfile';
  if (roots) {
    const confined = await confineToRoots(folder, roots);
    if (!confined.ok) return fail(confined.code, confined.message);
    folder = confined.real;
    if (!(await dockerfileInside(folder, file))) {
      const message = `${file} must be inside the context folder.`;
      return {
        check: {
          context: null,
          dockerfile: message,
          codes: { context: null, dockerfile: 'dockerfileOutside' },
        },
        folder,
      };
    }
  }
  const stat = await statOrNull(folder);
  if (!stat) return fail('contextMissing', `No such folder: ${context.trim()}`);
  if (!stat.isDirectory()) return fail('contextNotFolder', `Not a folder: ${context.trim()}`);
  const fileStat = await statOrNull(path.resolve(folder, file));
  const problem = !fileStat
    ? { code: 'dockerfileMissing', message: `No ${file} in ${context.trim()}` }
    : !fileStat.isFile()
      ? { code: 'dockerfileNotFile', message: `${file} is not a file` }
      : null;
  return {
    check: {
      context: null,
      dockerfile: problem?.message ?? null,
      codes: { context: null, dockerfile: problem?.code ?? null },
    },
    folder,
  };
}

export async function checkBuildContext(
  context: string,
  dockerfile: string,
  roots: readonly string[] | null = null,
): Promise<BuildContextCheck> {
  return (await prepareBuildContext(context, dockerfile, roots)).check;
}

/**
 * Docker's rule for a path in a context ("a/b", forward slashes): left out when .dockerignore
 * matches it, except the Dockerfile and .dockerignore themselves, which always go.
 */
export function contextFilter(rules: string | null, dockerfile: string): (rel: string) => boolean {
  const matcher = rules === null ? null : dockerignore({ ignorecase: false }).add(rules);
  const always = new Set(['.dockerignore', path.posix.normalize(dockerfile.replace(/\\/g, '/'))]);
  return (rel) => always.has(rel) || !matcher?.ignores(rel);
}

/** Files to send, relative with forward slashes; ignored ones left out. Bounded to stay sane. */
export async function contextEntries(
  context: string,
  dockerfile: string,
  maxEntries = 200_000,
): Promise<string[]> {
  const rules = await fs.readFile(path.join(context, '.dockerignore'), 'utf8').catch(() => null);
  const include = contextFilter(rules, dockerfile);
  const entries: string[] = [];
  const walk = async (relDir: string): Promise<void> => {
    const dirents = await fs.readdir(path.join(context, relDir), { withFileTypes: true });
    for (const dirent of dirents) {
      const rel = relDir ? `${relDir}/${dirent.name}` : dirent.name;
      if (!include(rel)) continue;
      if (entries.length >= maxEntries)
        throw new Error(`The build context has more than ${maxEntries} files.`);
      entries.push(rel);
      if (dirent.isDirectory()) await walk(rel);
    }
  };
  await walk('');
  return entries;
}

/** A tar stream of the context (uncompressed; the engine reads it as it arrives). */
export function packContext(context: string, entries: string[]): NodeJS.ReadableStream {
  const pack = tar.pack();
  void (async () => {
    try {
      for (const rel of entries) {
        const full = path.join(context, rel);
        const stat = await fs.lstat(full);
        const header = { name: rel, mode: stat.mode & 0o7777, mtime: stat.mtime, uid: 0, gid: 0 };
        if (stat.isDirectory()) {
          await new Promise<void>((resolve, reject) =>
            pack.entry({ ...header, type: 'directory' }, (error) => (error ? reject(error) : resolve())),
          );
        } else if (stat.isSymbolicLink()) {
          const linkname = await fs.readlink(full);
          await new Promise<void>((resolve, reject) =>
            pack.entry({ ...header, type: 'symlink', linkname }, (error) =>
              error ? reject(error) : resolve(),
            ),
          );
        } else if (stat.isFile()) {
          const entry = pack.entry({ ...header, type: 'file', size: stat.size });
          await pipeline(createReadStream(full), entry);
        }
      }
      pack.finalize();
    } catch (error) {
      pack.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  return pack as unknown as NodeJS.ReadableStream;
}
