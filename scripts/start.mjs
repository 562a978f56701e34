#!/usr/bin/env node
// `npm start`: the desktop app where Electron's binary and a display exist; otherwise one line
// saying why, then web mode on the same backend (built first if needed), printing its URL and
// opening a browser where one exists.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';
import { browserCommand, startPlan } from './start-plan.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function onPath(binary) {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    try {
      accessSync(path.join(dir, binary), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Runs a child with our signals forwarded; exits with its code. */
function runForwarding(command, args, options = {}) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}

const plan = startPlan({
  electron: electronBinary(),
  platform: process.platform,
  env: process.env,
});

if (plan.mode === 'desktop') {
  runForwarding('npx', ['electron-vite', 'preview'], { shell: process.platform === 'win32' });
} else {
  console.log(plan.reason);
  const serve = runForwarding(
    process.execPath,
    [path.join(root, 'scripts/serve.mjs'), ...process.argv.slice(2)],
    {
      stdio: ['inherit', 'pipe', 'inherit'],
    },
  );
  let opened = false;
  serve.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const match = /Berth is serving at (\S+)/.exec(chunk.toString());
    if (!match || opened) return;
    opened = true;
    const open = browserCommand({ url: match[1], platform: process.platform, env: process.env, has: onPath });
    if (!open) return;
    // Best effort: a browser that cannot start must not stop Berth.
    const browser = spawn(open.command, open.args, { stdio: 'ignore', detached: true });
    browser.on('error', () => undefined);
    browser.unref();
  });
}
