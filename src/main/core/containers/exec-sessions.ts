// `docker exec -it` sessions: a shell (bash when the container has it, else sh) as a terminal
// session. The session registry (terminal-sessions.ts) drives it; this file knows how an exec
// is created, resized and ended.
import type { Duplex } from 'node:stream';
import type Dockerode from 'dockerode';
import type { ExecStarted } from '@shared/api/container-details';
import type { SessionDriver, TerminalSessions } from './terminal-sessions';

export interface ExecStartOptions {
  id: string;
  shell: 'auto' | 'bash' | 'sh';
  user: string;
  cols: number;
  rows: number;
}

/** Runs a short, non-interactive command; resolves with its exit code and output. */
async function runQuick(
  container: Dockerode.Container,
  cmd: string[],
): Promise<{ code: number | null; output: string }> {
  const exec = await container.exec({ Cmd: cmd, AttachStdout: true, AttachStderr: true, Tty: true });
  const stream = (await exec.start({ hijack: true, stdin: false, Tty: true })) as NodeJS.ReadableStream;
  let output = '';
  await new Promise<void>((resolve) => {
    stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
    stream.on('end', () => resolve());
    stream.on('close', () => resolve());
    stream.on('error', () => resolve());
  });
  const info = await exec.inspect();
  return { code: info.ExitCode ?? null, output };
}

/** bash when the container has it, else sh (busybox and alpine images have no bash). */
export async function detectShell(container: Dockerode.Container): Promise<'bash' | 'sh'> {
  try {
    const probe = await runQuick(container, ['sh', '-c', 'command -v bash || [ -x /bin/bash ]']);
    return probe.code === 0 ? 'bash' : 'sh';
  } catch {
    return 'sh';
  }
}

export async function startExecSession(
  docker: Dockerode,
  options: ExecStartOptions,
  sessions: TerminalSessions,
): Promise<ExecStarted> {
  const container = docker.getContainer(options.id);
  const shell = options.shell === 'auto' ? await detectShell(container) : options.shell;
  const exec = await container.exec({
    Cmd: [shell],
    User: options.user || undefined,
    AttachStdin: true,
    AttachStdout: true,
    AttachStderr: true,
    Tty: true,
    Env: ['TERM=xterm-256color'],
  });
  const driver: SessionDriver = {
    tty: true,
    stdin: true,
    open: async () => (await exec.start({ hijack: true, stdin: true, Tty: true })) as Duplex,
    resize: (cols, rows) => exec.resize({ h: rows, w: cols }),
    finished: async () => ({ type: 'exit', code: (await exec.inspect()).ExitCode ?? null }),
    close: endShell,
  };
  const sessionId = sessions.create(driver, { cols: options.cols, rows: options.rows });
  return { sessionId, shell, user: options.user };
}

/**
 * Closing the socket alone leaves the shell running in the container (the engine has no "kill
 * exec"), so first Ctrl-C (ends a running command, clears the line) and Ctrl-D (ends the shell at
 * its prompt), then the stream once the shell is gone or after a grace.
 */
function endShell(stream: Duplex): void {
  const grace = setTimeout(() => stream.destroy(), 2000);
  grace.unref();
  stream.once('close', () => clearTimeout(grace));
  stream.write('\x03');
  setTimeout(() => {
    if (!stream.destroyed) stream.write('\x04');
  }, 100).unref();
}
