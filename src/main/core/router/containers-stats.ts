// Stats (live, from the shared per-container streams), the file browser (archive API) and commit.
import { commitInput, splitReference, type CommitResult } from '../../../shared/stats/commit-input';
import {
  filesDeleteInput,
  filesDownloadAckInput,
  filesDownloadInput,
  filesListInput,
  filesMkdirInput,
  filesUploadChunkInput,
  filesUploadFinishInput,
  filesUploadStartInput,
  filesViewInput,
  type FileView,
  type FolderListing,
} from '../../../shared/stats/files-api';
import type { StatsBrief } from '../../../shared/stats/sample';
import { statsInput, statsManyInput } from '../../../shared/stats/stats-api';
import { downloadPath } from '../containers/file-download';
import { deletePath, makeFolder, viewFile } from '../containers/file-edit';
import { parseFolderTar } from '../containers/file-listing';
import type { StatsEvent } from '../containers/stats-hub';
import { batchedFeed } from '../streams/batched-feed';
import { engineProcedure, publicProcedure, router } from './trpc';
import type { Readable } from 'node:stream';

export const containerStatsRouter = router({
  /** Computed samples of one container at the engine's pace (~1/s); "stopped" when it is not running. */
  stats: engineProcedure.input(statsInput).subscription(async function* ({ ctx, input, signal }) {
    const hub = ctx.services.stats.for(ctx.engine);
    const linked = ctx.services.stats.link(signal);
    const feed = batchedFeed<StatsEvent>({
      subscribe: (push) => hub.subscribe(input.id, push),
      intervalMs: 0,
      maxQueued: 30,
      signal: linked.signal,
    });
    try {
      for await (const batch of feed) {
        // A slow client gets the newest reading rather than a backlog.
        yield batch[batch.length - 1]!;
      }
    } finally {
      linked.release();
    }
  }),

  /** CPU and memory for a set of containers (a list's visible running rows), in batches. */
  statsMany: engineProcedure.input(statsManyInput).subscription(async function* ({ ctx, input, signal }) {
    const hub = ctx.services.stats.for(ctx.engine);
    const linked = ctx.services.stats.link(signal);
    const ids = [...new Set(input.ids)];
    const latest = new Map<string, StatsBrief>();
    const feed = batchedFeed<StatsBrief>({
      subscribe: (push) => {
        const stops = ids.map((id) =>
          hub.subscribe(id, (event) => {
            if (event.type !== 'sample') return;
            const { cpuPercent, memoryBytes, memoryLimit } = event.sample;
            const brief = { id, cpuPercent, memoryBytes, memoryLimit };
            latest.set(id, brief);
            push(brief);
          }),
        );
        return () => stops.forEach((stop) => stop());
      },
      // Engine samples arrive ~1/s per container: one message a second carries them all.
      intervalMs: 1000,
      maxQueued: Math.max(ids.length * 4, 16),
      onOverflow: () => [...latest.values()],
      signal: linked.signal,
    });
    try {
      for await (const batch of feed) {
        // Only the newest reading of each container matters to a list.
        yield [...new Map(batch.map((brief) => [brief.id, brief])).values()];
      }
    } finally {
      linked.release();
    }
  }),

  /** Entries directly inside a folder, read from the archive API (running or stopped containers). */
  filesList: engineProcedure.input(filesListInput).query(async ({ ctx, input }): Promise<FolderListing> => {
    const tar = await ctx.engine.api().getContainer(input.id).getArchive({ path: input.path });
    return parseFolderTar(tar as unknown as Readable, input.path);
  }),

  /** A file's bytes, or a folder's tar, as base64 chunks: start, data..., end. */
  filesDownload: engineProcedure.input(filesDownloadInput).subscription(async function* ({
    ctx,
    input,
    signal,
  }) {
    const docker = ctx.engine.api();
    const downloads = ctx.services.downloads;
    const linked = downloads.link(signal);
    const window = downloads.open(input.downloadId);
    const chunks = downloadPath(docker, input.id, input.path, window, linked.signal);
    try {
      while (true) {
        const next = await chunks.next();
        if (next.done) return;
        yield next.value;
        if (linked.signal.aborted) return;
      }
    } finally {
      downloads.close(input.downloadId, window);
      linked.release();
      await chunks.return(undefined);
    }
  }),

  filesDownloadAck: publicProcedure
    .input(filesDownloadAckInput)
    .mutation(({ ctx, input }) => ctx.services.downloads.ack(input.downloadId, input.received)),

  /** `mkdir`, through the archive API: works on stopped containers too. */
  filesMkdir: engineProcedure
    .input(filesMkdirInput)
    .mutation(({ ctx, input }) => makeFolder(ctx.engine.api(), input.id, input.path)),

  /** A regular file of at most 1 MiB, as text (or marked binary), through the archive API. */
  filesView: engineProcedure
    .input(filesViewInput)
    .query(({ ctx, input }): Promise<FileView> => viewFile(ctx.engine.api(), input.id, input.path)),

  /** `rm -rf --` by exec: only a running container (the engine API has no delete). */
  filesDelete: engineProcedure
    .input(filesDeleteInput)
    .mutation(({ ctx, input }) => deletePath(ctx.engine.api(), input.id, input.path)),

  filesUploadStart: publicProcedure.input(filesUploadStartInput).mutation(({ ctx, input }) => ({
    uploadId: ctx.services.fileUploads.start(input.id, input.folder, input.name, input.size),
  })),

  filesUploadChunk: publicProcedure.input(filesUploadChunkInput).mutation(async ({ ctx, input }) => ({
    received: await ctx.services.fileUploads.chunk(input.uploadId, input.offset, input.data),
  })),

  filesUploadFinish: engineProcedure.input(filesUploadFinishInput).mutation(({ ctx, input }) => {
    const uploads = ctx.services.fileUploads;
    let docker;
    try {
      docker = ctx.engine.api();
    } catch (error) {
      uploads.cancel(input.uploadId); // no engine to finish it: its bytes are not kept
      throw error;
    }
    return uploads.finish(docker, input.uploadId);
  }),

  filesUploadCancel: publicProcedure
    .input(filesUploadFinishInput)
    .mutation(({ ctx, input }) => ctx.services.fileUploads.cancel(input.uploadId)),

  /** `docker commit`: a new image from the container's filesystem and config. */
  commit: engineProcedure.input(commitInput).mutation(async ({ ctx, input }): Promise<CommitResult> => {
    const { repository, tag } = splitReference(input.reference);
    // Only set keys are sent: docker-modem would pass an undefined one as an empty value,
    // and an empty "changes" makes the engine fail with "file with no instructions".
    const options: Record<string, string | boolean> = { repo: repository, tag, pause: input.pause };
    if (input.message) options.comment = input.message;
    if (input.author) options.author = input.author;
    if (input.changes.length) options.changes = input.changes.join('\n');
    const result = (await ctx.engine.api().getContainer(input.id).commit(options)) as { Id?: string };
    return { imageId: result.Id ?? '', reference: `${repository}:${tag}` };
  }),
});
