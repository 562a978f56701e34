// `docker cp CONTAINER:PATH -` for the renderer: a folder as its tar, a file as its own bytes
// (extracted from the archive), in base64 chunks. Symlinks are followed, like `docker cp -L`.
import type { IncomingMessage } from 'node:http';
import type Dockerode from 'dockerode';
import { extract } from 'tar-stream';
import type { DownloadChunk } from '../../../shared/api/container-files';
import type { FlowWindow } from '../streams/flow-window';
import { isDirectory, isSymlink, readPathStat, resolveLink } from './file-stat';

const CHUNK_BYTES = 512 * 1024;
const MAX_LINK_HOPS = 8;

async function archive(container: Dockerode.Container, path: string): Promise<IncomingMessage> {
  return (await container.getArchive({ path })) as unknown as IncomingMessage;
}

function baseName(path: string): string {
  return path.replace(/\/+$/, '').split('/').pop() || 'root';
}

/** Re-cuts a byte stream into base64 chunks of about CHUNK_BYTES. */
async function* base64Chunks(source: AsyncIterable<Buffer>): AsyncGenerator<{ data: string; bytes: number }> {
  let pending: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    pending.push(chunk);
    size += chunk.length;
    if (size >= CHUNK_BYTES) {
      yield { data: Buffer.concat(pending).toString('base64'), bytes: size };
      pending = [];
      size = 0;
    }
  }
  if (size > 0) yield { data: Buffer.concat(pending).toString('base64'), bytes: size };
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
  let total = 0;
  try {
    if (stat && isDirectory(stat)) {
      yield { type: 'start', fileName: `${baseName(path)}.tar`, mime: 'application/x-tar' };
      for await (const chunk of base64Chunks(response)) {
        total += chunk.bytes;
        window.sentBytes(chunk.bytes);
        yield { type: 'data', data: chunk.data };
        await window.room(signal);
        // Left (or disposed) while paused.
        if (signal?.aborted) return;
      }
    } else {
      const parser = extract();
      // pipe() does not forward errors: an engine gone mid-download must end this download only.
      response.on('error', (error) => parser.destroy(error));
      response.pipe(parser);
      yield { type: 'start', fileName: baseName(path), mime: 'application/octet-stream' };
      for await (const entry of parser) {
        for await (const chunk of base64Chunks(entry as unknown as AsyncIterable<Buffer>)) {
          total += chunk.bytes;
          window.sentBytes(chunk.bytes);
          yield { type: 'data', data: chunk.data };
          await window.room(signal);
          // Left (or disposed) while paused.
          if (signal?.aborted) return;
        }
        break; // the archive of a file holds that one file
      }
      parser.destroy();
    }
    yield { type: 'end', bytes: total };
  } catch (error) {
    // The receiver left (or Berth is shutting down): nobody is there to hear the error.
    if (!signal?.aborted) throw error;
  } finally {
    signal?.removeEventListener('abort', stop);
    response.destroy();
  }
}
