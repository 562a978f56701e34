// `docker commit`: a container's changes as a new image.
import { commitInput, splitReference, type CommitResult } from '@shared/api/commit';
import { engineProcedure, router } from './trpc';

export const containerCommitRouter = router({
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
