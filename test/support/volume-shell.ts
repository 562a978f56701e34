// A busybox shell with a volume mounted, the way a user's own container sees it: to put files into
// a volume before a test, and to read them back after.
import type { BoundDockerCli } from '../harness/cli';

/** Runs `script` in `sh -c` with `volume` mounted read-write at /d. */
export function writeInVolume(docker: BoundDockerCli, busybox: string, volume: string, script: string) {
  return docker(['run', '--rm', '-v', `${volume}:/d`, busybox, 'sh', '-c', script]);
}

/** Runs `script` in `sh -c` with `volume` mounted read-only at /v; resolves with its output. */
export function readInVolume(docker: BoundDockerCli, busybox: string, volume: string, script: string) {
  return docker(['run', '--rm', '-v', `${volume}:/v:ro`, busybox, 'sh', '-c', script]);
}

/** Creates `volume`, then runs `script` with it at /d (see writeInVolume). */
export async function createVolumeWith(
  docker: BoundDockerCli,
  busybox: string,
  volume: string,
  script: string,
): Promise<void> {
  await docker(['volume', 'create', volume]);
  await writeInVolume(docker, busybox, volume, script);
}
