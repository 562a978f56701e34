// A container the engine starts again whenever the engine itself comes back ("--restart always"),
// printing one line of its own per run: `run-<uuid>`. The engine-restart tests follow its log
// across a dockerd crash and count runs by these lines.
import { dockerCli } from '../harness/cli';

const ONE_LINE_PER_RUN =
  'trap "exit 0" TERM; echo run-$(cat /proc/sys/kernel/random/uuid); while true; do sleep 1; done';

export async function runRestartingContainer(dockerHost: string, image: string, name: string): Promise<void> {
  await dockerCli(dockerHost, [
    'run',
    '-d',
    '--restart',
    'always',
    '--name',
    name,
    image,
    'sh',
    '-c',
    ONE_LINE_PER_RUN,
  ]);
}
