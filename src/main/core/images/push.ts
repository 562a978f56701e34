// `docker push` as an activity; the engine requires X-Registry-Auth even when empty.
import type Dockerode from 'dockerode';
import { withDefaultTag } from '@shared/images/reference';
import { pushCommand } from '@shared/cli/image-commands';
import type { ActivityLog } from '../activity/activity-log';
import { pathPart } from '../engine/client';
import type { AuthConfig } from '../registries/docker-config';
import { mustParse } from './pull';
import { runTransfer } from './transfer-stream';

export function startPush(
  docker: Dockerode,
  activity: ActivityLog,
  reference: string,
  auth: AuthConfig | null,
  /** Said with a failure (e.g. a saved login held back from this engine). */
  hint: string | null = null,
): { activityId: string; done: Promise<void> } {
  const ref = mustParse(reference);
  if (ref.digest) throw new Error('cannot push a digest reference');
  const full = withDefaultTag(ref);
  const handle = activity.start('push', full, pushCommand(full));
  const done = runTransfer(
    docker,
    {
      path: `/images/${pathPart(ref.familiarName)}/push`,
      options: { tag: ref.tag ?? 'latest' },
      authconfig: auth ?? {},
    },
    handle,
    hint,
    (progress) => {
      const line = progress.log.find((text) => /digest: sha256:/.test(text));
      return /digest: (sha256:[0-9a-f]+)/.exec(line ?? '')?.[1] ?? full;
    },
  );
  return { activityId: handle.id, done };
}
