// Running a host program and collecting its output as bytes (wsl.exe prints UTF-16LE, so decoding
// is the caller's). Injectable, so providers are unit-tested from recorded outputs.
import { spawn } from 'node:child_process';

export interface CommandResult {
  code: number | null;
  stdout: Buffer;
  stderr: Buffer;
}

export type CommandRunner = (
  program: string,
  args: string[],
  options?: { stdin?: Buffer | string; timeoutMs?: number; env?: NodeJS.ProcessEnv },
) => Promise<CommandResult>;

export const runCommand: CommandRunner = (program, args, options = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: options.env ?? process.env,
      timeout: options.timeoutMs ?? 120_000,
      windowsHide: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err) }));
    child.stdin.end(options.stdin ?? '');
  });

/**
 * Runs a host tool and returns what it printed, decoded; on failure throws its last words
 * ("limactl start failed: …"), from stderr or else stdout.
 */
export async function commandText(
  run: CommandRunner,
  program: string,
  args: string[],
  options: { label: string; decode: (bytes: Buffer) => string; stdin?: Buffer | string; timeoutMs: number },
): Promise<string> {
  const result = await run(program, args, { stdin: options.stdin, timeoutMs: options.timeoutMs });
  const out = options.decode(result.stdout);
  if (result.code !== 0) {
    const words = (options.decode(result.stderr) || out).trim().split('\n').slice(-2).join(' ');
    throw new Error(`${options.label} ${args[0]} failed: ${words || `exit ${result.code}`}`);
  }
  return out;
}
