// `docker pull` as an activity: the CLI's query (fromImage = name, tag = tag or digest) and the
// registry's credentials in X-Registry-Auth when Berth or the docker CLI knows them.
import type Dockerode from 'dockerode';
import { parseReference, withDefaultTag, type ImageReference } from '@shared/images/reference';
import { pullCommand } from '@shared/cli/image-commands';
import type { ActivityLog } from '../activity/activity-log';
import type { AuthConfig } from '../registries/docker-config';
import { runTransfer } from './transfer-stream';

export function mustParse(reference: string): ImageReference {
  const parsed = parseReference(reference);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.ref;
}

/**
 * Pulls and resolves when the pull has ended: the Run dialog's "Pull and run". Rejects with the
 * activity's error in words.
 */
export async function pullAndWait(
  docker: Dockerode,
  activity: ActivityLog,
  reference: string,
  auth: AuthConfig | null,
  hint: string | null = null,
): Promise<{ command: string }> {
  const { activityId, done, command } = startPull(docker, activity, reference, auth, hint);
  await done;
  const ended = activity.store.get(activityId);
  if (ended?.state !== 'succeeded') throw new Error(ended?.error ?? 'The pull did not finish.');
  return { command };
}

/** Starts a pull and returns its activity ID at once; the activity reports the rest. */
export function startPull(
  docker: Dockerode,
  activity: ActivityLog,
  reference: string,
  auth: AuthConfig | null,
  /** Said with a failure (e.g. a saved login held back from this engine). */
  hint: string | null = null,
): { activityId: string; done: Promise<void>; command: string } {
  const ref = mustParse(reference);
  const full = withDefaultTag(ref);
  const command = pullCommand(full);
  const handle = activity.start('pull', full, command);
  const options: Record<string, string> = {
    fromImage: ref.familiarName,
    tag: ref.digest ?? ref.tag ?? 'latest',
  };
  const done = runTransfer(
    docker,
    { path: '/images/create', options, authconfig: auth ?? {} },
    handle,
    hint,
    (progress) => progress.log.find((line) => line.startsWith('Digest: '))?.slice(8) ?? full,
  );
  return { activityId: handle.id, done, command };
}
