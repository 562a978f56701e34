// The layer rules of shared/DESIGN.md are allow-lists enforced by ESLint (eslint-rules/layers.js
// and the globals rules in eslint.config.js); this proves each one bites, so a later config change
// cannot silently switch them off. Probe sources are linted as if they lived at the given path.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });
const layerRules = new Set(['berth/layers', 'no-restricted-globals', 'no-restricted-properties']);

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId !== null && layerRules.has(message.ruleId))
    .map((message) => message.message);
}

const importOf = (specifier: string) => `import * as probe from '${specifier}';\nexport const x = probe;\n`;

async function expectDenied(file: string, code: string): Promise<void> {
  expect(await layerErrors(file, code), `${file}: ${code}`).not.toEqual([]);
}
async function expectAllowed(file: string, code: string): Promise<void> {
  expect(await layerErrors(file, code), `${file}: ${code}`).toEqual([]);
}

// ESLint's first run loads every plugin and config: slow on a busy machine.
describe('layer boundaries', { timeout: 120_000 }, () => {
  it('lets only the Electron shell import electron, in any form', async () => {
    await expectAllowed('src/main/shell/probe.ts', importOf('electron'));
    for (const file of [
      'src/main/core/probe.ts',
      'src/main/server/probe.ts',
      'src/main/shell/pure/probe.ts',
      'src/shared/probe.ts',
      'src/renderer/probe.ts',
    ]) {
      await expectDenied(file, importOf('electron'));
    }
    await expectDenied('src/main/core/probe.ts', importOf('electron/main'));
    await expectDenied('src/main/core/probe.ts', "export const load = () => import('electron');\n");
    await expectDenied('src/main/core/probe.ts', 'export const load = () => import(`electron`);\n');
    await expectDenied('src/main/core/probe.ts', "export const e = require('electron');\n");
    await expectDenied('src/main/core/probe.ts', "export type E = typeof import('electron');\n");
    await expectDenied('src/main/core/probe.ts', "export { app } from 'electron';\n");
  });

  it('refuses a dynamic import it cannot check', async () => {
    await expectDenied('src/main/core/probe.ts', 'export const load = (name: string) => import(name);\n');
  });

  it('keeps core from reaching the shell or the server through relative paths', async () => {
    await expectDenied('src/main/core/probe.ts', importOf('../shell/tray'));
    await expectDenied('src/main/core/engine/probe.ts', importOf('../../shell/window'));
    await expectDenied('src/main/core/probe.ts', importOf('../server/server'));
    await expectDenied('src/main/core/probe.ts', importOf('../../renderer/App'));
    await expectAllowed('src/main/core/engine/probe.ts', importOf('../../../shared/api'));
    await expectAllowed('src/main/core/engine/probe.ts', importOf('../model/store'));
  });

  it('gives core its listed packages and Node built-ins, and nothing else', async () => {
    for (const specifier of ['node:fs', 'dockerode', 'tar-stream', '@trpc/server', 'zod']) {
      await expectAllowed('src/main/core/probe.ts', importOf(specifier));
    }
    await expectDenied('src/main/core/probe.ts', importOf('react'));
    await expectDenied('src/main/core/probe.ts', importOf('ws'));
    await expectDenied('src/main/core/probe.ts', importOf('fs'));
  });

  it('lets the server use core, shared, ws and sirv but not the shell', async () => {
    await expectAllowed('src/main/server/probe.ts', importOf('../core/backend'));
    await expectAllowed('src/main/server/probe.ts', importOf('ws'));
    await expectAllowed('src/main/server/probe.ts', importOf('sirv'));
    await expectAllowed('src/main/server/probe.ts', importOf('@trpc/server/adapters/ws'));
    await expectDenied('src/main/server/probe.ts', importOf('../shell/ipc'));
    await expectDenied('src/main/server/probe.ts', importOf('trpc-electron/main'));
  });

  it('keeps the shell’s pure modules free of Electron and of the rest of the shell', async () => {
    await expectAllowed('src/main/shell/pure/probe.ts', importOf('node:path'));
    await expectAllowed('src/main/shell/pure/probe.ts', importOf('../../../shared/api'));
    await expectDenied('src/main/shell/pure/probe.ts', importOf('../window'));
  });

  it('keeps the sandboxed preload to the IPC bridge', async () => {
    await expectAllowed('src/main/shell/preload.ts', importOf('trpc-electron/main'));
    await expectAllowed('src/main/shell/preload.ts', importOf('electron'));
    await expectDenied('src/main/shell/preload.ts', importOf('node:fs'));
    await expectDenied('src/main/shell/preload.ts', importOf('../core/backend'));
    await expectDenied('src/main/shell/preload.ts', importOf('./window'));
  });

  it('keeps shared pure: zod and itself only', async () => {
    await expectAllowed('src/shared/api/probe.ts', importOf('zod'));
    await expectAllowed('src/shared/api/probe.ts', importOf('../format/bytes'));
    for (const specifier of ['fs', 'path', 'node:fs', 'dockerode', 'react', '../main/core/engine/engine']) {
      await expectDenied('src/shared/probe.ts', importOf(specifier));
    }
    await expectDenied('src/shared/probe.ts', "export type R = import('../main/core/router').AppRouter;\n");
  });

  it('keeps the renderer on shared, its browser libraries and the router type', async () => {
    for (const specifier of ['react', '@tanstack/react-query', 'trpc-electron/renderer', '../shared/api']) {
      await expectAllowed('src/renderer/probe.ts', importOf(specifier));
    }
    for (const specifier of [
      'fs',
      'path',
      'node:path',
      'dockerode',
      'trpc-electron/main',
      '../main/core/engine/engine',
    ]) {
      await expectDenied('src/renderer/probe.ts', importOf(specifier));
    }
    await expectAllowed(
      'src/renderer/api/probe.ts',
      "export type { AppRouter } from '../../main/core/router';\n",
    );
    await expectAllowed(
      'src/renderer/api/probe.ts',
      "import { type AppRouter } from '../../main/core/router';\nexport type X = AppRouter;\n",
    );
    await expectDenied(
      'src/renderer/api/probe.ts',
      "import { appRouter } from '../../main/core/router';\nexport const x = appRouter;\n",
    );
    await expectDenied(
      'src/renderer/api/probe.ts',
      "import type { Backend } from '../../main/core/backend';\nexport type X = Backend;\n",
    );
  });

  it('judges a path alias by the folder it stands for', async () => {
    await expectAllowed('src/main/core/engine/probe.ts', importOf('@shared/api'));
    await expectAllowed('src/main/core/engine/probe.ts', importOf('@core/model/store'));
    await expectAllowed('src/main/server/probe.ts', importOf('@core/backend'));
    await expectDenied('src/main/core/probe.ts', importOf('@shell/tray'));
    await expectDenied('src/main/core/probe.ts', importOf('@server/server'));
    await expectDenied('src/main/core/probe.ts', importOf('@test/support/wait'));
    await expectDenied('src/main/core/probe.ts', importOf('@core/../shell/tray'));
    await expectDenied('src/shared/probe.ts', importOf('@core/engine/engine'));
    await expectDenied('src/main/shell/pure/probe.ts', importOf('@shell/window'));
    await expectDenied('src/renderer/probe.ts', importOf('@core/backend'));
    await expectAllowed('src/renderer/probe.ts', "export type { AppRouter } from '@core/router';\n");
    await expectDenied('src/renderer/probe.ts', "export { appRouter } from '@core/router';\n");
  });

  it('refuses Node globals in the renderer and in shared', async () => {
    for (const file of ['src/renderer/probe.ts', 'src/shared/probe.ts']) {
      await expectDenied(file, 'export const platform = process.platform;\n');
      await expectDenied(file, "export const bytes = Buffer.from('x');\n");
      await expectDenied(file, 'export const platform = globalThis.process.platform;\n');
      await expectDenied(file, 'export const dir = __dirname;\n');
    }
    await expectAllowed('src/main/core/probe.ts', 'export const platform = process.platform;\n');
  });

  it('puts every file under src/ in a layer', async () => {
    await expectDenied('src/main/probe.ts', 'export const x = 1;\n');
    await expectDenied('src/probe.ts', 'export const x = 1;\n');
  });
});
