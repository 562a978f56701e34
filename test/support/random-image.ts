// Images with a layer of random bytes of their own, so no other image (or test leftover) shares
// it: a pull has to fetch it, a prune frees at least its size. Made by committing a container.
import type { BoundDockerCli as DockerCli } from '../harness/cli';

/**
 * Commits `ref` from a throw-away container `name` that wrote `bytes` random bytes, removes the
 * container, and resolves with the image id as the engine printed it (`sha256:...`).
 */
export async function commitRandomImage(
  docker: DockerCli,
  busybox: string,
  { name, ref, bytes }: { name: string; ref: string; bytes: number },
): Promise<string> {
  await docker(['run', '--name', name, busybox, 'sh', '-c', `head -c ${bytes} /dev/urandom > /blob`]);
  try {
    return (await docker(['commit', name, ref])).trim();
  } finally {
    await docker(['rm', '-f', name]).catch(() => undefined);
  }
}

/** As commitRandomImage, then pushes `ref` to its registry and removes it locally. */
export async function pushRandomImage(
  docker: DockerCli,
  busybox: string,
  image: { name: string; ref: string; bytes: number },
): Promise<void> {
  await commitRandomImage(docker, busybox, image);
  await docker(['push', image.ref]);
  await docker(['rmi', image.ref]);
}
