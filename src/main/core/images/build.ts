// Runs one image build against the engine: packs the context (honouring .dockerignore), streams
// the engine's JSON output through BuildOutput, and stops the request when `signal` aborts.
import type Dockerode from 'dockerode';
import type { BuildRequest } from '@shared/api/images-build';
import { splitJsonLines } from '../streams/json-lines';
import { BuildOutput, type BuildMessage, type BuildOutputEvent } from './build-output';
import { contextEntries, packContext, prepareBuildContext } from './build-context';

export class BuildInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildInputError';
  }
}

export interface BuildResult {
  imageId: string | null;
  error: { message: string; step: string | null } | null;
}

export async function runBuild(
  docker: Dockerode,
  request: BuildRequest,
  signal: AbortSignal,
  onEvent: (event: BuildOutputEvent) => void,
  /** Web mode's --build-root folders; null lets any folder be built (desktop). */
  roots: readonly string[] | null = null,
): Promise<BuildResult> {
  const { check, folder } = await prepareBuildContext(request.context, request.dockerfile, roots);
  const problem = check.context ?? check.dockerfile;
  if (problem) throw new BuildInputError(problem);

  const entries = await contextEntries(folder, request.dockerfile);
  const tar = packContext(folder, entries);
  const buildargs = Object.fromEntries(request.buildArgs.map((arg) => [arg.key, arg.value]));
  const options: Record<string, unknown> = {
    dockerfile: request.dockerfile,
    t: request.tags,
    buildargs,
    pull: request.pull,
    nocache: request.noCache,
    rm: true,
    forcerm: true,
    abortSignal: signal,
  };
  if (request.target) options.target = request.target;

  const stream = (await docker.buildImage(
    tar,
    options as Dockerode.ImageBuildOptions,
  )) as NodeJS.ReadableStream;
  const output = new BuildOutput();
  await new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      (stream as unknown as { destroy?: () => void }).destroy?.();
      reject(new Error('The build was cancelled.'));
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    splitJsonLines<BuildMessage>(stream, (message) => {
      for (const event of output.feed(message)) onEvent(event);
    });
    stream.on('end', () => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
    stream.on('error', (error: unknown) => {
      signal.removeEventListener('abort', onAbort);
      reject(error instanceof Error ? error : new Error(String(error)));
    });
  });
  return { imageId: output.error ? null : output.imageId, error: output.error };
}
