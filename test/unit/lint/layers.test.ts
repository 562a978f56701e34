// The layer rules of shared/DESIGN.md are enforced by ESLint; this proves the rules bite, so a
// later config change cannot silently switch them off.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function restrictedImportErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId?.endsWith('no-restricted-imports'))
    .map((message) => message.message);
}

// ESLint's first run loads every plugin and type-aware config: slow on a busy machine.
describe('layer boundaries', { timeout: 60_000 }, () => {
  it('lets only the Electron shell import electron', async () => {
    const code = "import { app } from 'electron';\nexport const x = app;\n";
    expect(await restrictedImportErrors('src/main/window-probe.ts', code)).toEqual([]);
    for (const file of ['src/main/core/probe.ts', 'src/main/server/probe.ts', 'src/shared/probe.ts']) {
      expect(await restrictedImportErrors(file, code)).not.toEqual([]);
    }
    expect(await restrictedImportErrors('src/renderer/probe.ts', code)).not.toEqual([]);
  });

  it('keeps shared pure and the renderer on shared only', async () => {
    expect(
      await restrictedImportErrors(
        'src/shared/probe.ts',
        "import fs from 'node:fs';\nexport const x = fs;\n",
      ),
    ).not.toEqual([]);
    expect(
      await restrictedImportErrors(
        'src/shared/probe.ts',
        "import { Engine } from '../main/core/engine/engine';\nexport const x = Engine;\n",
      ),
    ).not.toEqual([]);
    expect(
      await restrictedImportErrors(
        'src/renderer/probe.ts',
        "import { Engine } from '../main/core/engine/engine';\nexport const x = Engine;\n",
      ),
    ).not.toEqual([]);
    expect(
      await restrictedImportErrors(
        'src/renderer/probe.ts',
        "import Docker from 'dockerode';\nexport const x = Docker;\n",
      ),
    ).not.toEqual([]);
  });

  it('allows the renderer the router type, and nothing else from main', async () => {
    const typeOnly = "import type { AppRouter } from '../../main/core/router';\nexport type X = AppRouter;\n";
    expect(await restrictedImportErrors('src/renderer/api/probe.ts', typeOnly)).toEqual([]);
    const value = "import { appRouter } from '../../main/core/router';\nexport const x = appRouter;\n";
    expect(await restrictedImportErrors('src/renderer/api/probe.ts', value)).not.toEqual([]);
  });

  it('keeps core from importing the server layer', async () => {
    const code = "import { startServer } from '../server/server';\nexport const x = startServer;\n";
    expect(await restrictedImportErrors('src/main/core/probe.ts', code)).not.toEqual([]);
  });
});
