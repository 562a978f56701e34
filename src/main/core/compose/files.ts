// Where a compose action's file comes from: a path on the host, the files the project's labels
// name, or the text of a file the user uploaded (written to a private temp folder). In web mode a
// compose file decides host mounts and privileges, so the tool runs only where the operator allowed
// host mounts, and typed paths only under the --build-root folders.
import { mkdtempSync, promises as fs, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ContainerSummary } from '@shared/api';
import { deriveProjects, type ComposeSource } from '@shared/api/compose';
import { containerPathProblem } from '@shared/ids/file-path';
import { confineToRoots } from '../images/build-roots';
import type { AccessPolicy } from '../policy';
import type { TempDirs } from '../temp-dirs';

export class ComposeFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ComposeFileError';
  }
}

export interface ResolvedFiles {
  files: string[];
  cwd: string;
  /** The -f values for the command line shown to the user. */
  shown: string[];
  release: () => void;
}

export const WEB_COMPOSE_REFUSED =
  'Compose files can mount host folders, so web mode runs them only when the operator allows it with `berth serve --allow-host-mounts`. Start, stop, restart and remove still work.';

async function regularFile(file: string): Promise<string> {
  try {
    const real = await fs.realpath(file);
    if (!(await fs.stat(real)).isFile()) throw new ComposeFileError(`Not a file: ${file}`);
    return real;
  } catch (error) {
    if (error instanceof ComposeFileError) throw error;
    throw new ComposeFileError(`No such compose file: ${file}`);
  }
}

export async function resolveComposeFiles(
  source: ComposeSource,
  project: string,
  containers: readonly ContainerSummary[],
  policy: AccessPolicy,
  tempDirs: TempDirs,
): Promise<ResolvedFiles> {
  if (policy.webMode && !policy.allowHostMounts) throw new ComposeFileError(WEB_COMPOSE_REFUSED);
  if (source.kind === 'upload') {
    const dir = mkdtempSync(path.join(tempDirs.dir('upload'), 'compose-'));
    const file = path.join(dir, 'compose.yaml');
    writeFileSync(file, source.content, { mode: 0o600 });
    return {
      files: [file],
      cwd: dir,
      shown: [source.fileName.replace(/[^\w.-]/g, '_') || 'compose.yaml'],
      release: () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (source.kind === 'path') {
    if (policy.webMode) {
      const confined = await confineToRoots(path.dirname(source.file), policy.buildRoots);
      if (!confined.ok) throw new ComposeFileError(confined.message);
    }
    const real = await regularFile(source.file);
    return { files: [real], cwd: path.dirname(real), shown: [source.file], release: () => undefined };
  }
  const known = deriveProjects(containers).find((p) => p.name === project);
  if (!known || known.configFiles.length === 0)
    throw new ComposeFileError(`Compose project "${project}" does not say where its files are.`);
  const files = await Promise.all(
    known.configFiles.map((file) =>
      regularFile(file).catch((error: unknown) => {
        throw new ComposeFileError(
          `${(error as Error).message}. The project's labels name it, but it is gone (an uploaded file is not kept): open the compose file again.`,
        );
      }),
    ),
  );
  const dir = known.workingDir;
  const cwd = dir && containerPathProblem(dir) === null ? dir : path.dirname(files[0]!);
  return { files, cwd, shown: known.configFiles, release: () => undefined };
}
