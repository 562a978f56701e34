// `docker cp CONTAINER:PATH -` for the renderer: a folder as its tar, a file as its own bytes
// (extracted from the archive), in base64 chunks. Symlinks are followed, like `docker cp -L`.
import type { IncomingMessage } from 'node:http';
import type Dockerode from 'dockerode';
import { extract } from 'tar-stream';
import type { DownloadChunk } from '@shared/api/download-chunk';
import { windowedData } from '../streams/download-chunks';
import type { FlowWindow } from '../streams/flow-window';
import { isDirectory, isSymlink, readPathStat, resolveLink } from './file-stat';

const MAX_LINK_HOPS = 8;

async function archive(container: Dockerode.Container, path: string): Promise<IncomingMessage> {
  return (await container.getArchive({ path })) as unknown as IncomingMessage;
}

function baseName(path: string): string {
  return path.replace(/\/+$/, '').split('/').pop() || 'root';
}

export async function* downloadPath(
  docker: Dockerode,
  id: string,
  path: string,
  window: FlowWindow,
  signal?: AbortSignal,
): AsyncGenerator<DownloadChunk> {
  const container = docker.getContainer(id);
  let target = path;
  let response = await archive(container, target);
  let stat = readPathStat(response);
  for (let hop = 0; stat && isSymlink(stat) && hop < MAX_LINK_HOPS; hop++) {
    response.destroy();
    target = resolveLink(target, stat.linkTarget);
    response = await archive(container, target);
    stat = readPathStat(response);
  }
  // With an error, so a read in progress ends (a plain destroy never ends the tar entry being read).
  const stop = () => response.destroy(new Error('The download was stopped.'));
  signal?.addEventListener('abort', stop, { once: true });
  let total: number | null = 0;
  try {
    if (stat && isDirectory(stat)) {
      yield { type: 'start', fileName: `${baseName(path)}.tar`, mime: 'application/x-tar' };
      total = yield* windowedData(response, window, signal);
    } else {
      const parser = extract();
      // pipe() does not forward errors: an engine gone mid-download must end this download only.
      response.on('error', (error) => parser.destroy(error));
      response.pipe(parser);
      yield { type: 'start', fileName: baseName(path), mime: 'application/octet-stream' };
      for await (const entry of parser) {
        total = yield* windowedData(entry as unknown as AsyncIterable<Buffer>, window, signal);
        break; // the archive of a file holds that one file
      }
      parser.destroy();
    }
    if (total === null) return; // left (or disposed) while paused
    yield { type: 'end', bytes: total };
  } catch (error) {
    // The receiver left (or Berth is shutting down): nobody is there to hear the error.
    if (!signal?.aborted) throw error;
  } finally {
    signal?.removeEventListener('abort', stop);
    response.destroy();
  }
}
