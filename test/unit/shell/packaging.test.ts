// The fuses electron-builder flips in the packaged binary (electron-builder.yml). A plain reading
// of the YAML block: the file is ours and flat, and a typo there must fail here, not in a release.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BERTH_SCHEME } from '@shell/pure/berth-links';

const root = path.resolve(import.meta.dirname, '../../..');

function topLevelBlock(yaml: string, key: string): Record<string, string> {
  const lines = yaml.split('\n');
  const start = lines.indexOf(`${key}:`);
  if (start < 0) return {};
  const block: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    const match = /^ {2}(\w+): (.+)$/.exec(line);
    if (!match) break;
    block[match[1] as string] = match[2] as string;
  }
  return block;
}

describe('packaging', () => {
  const yaml = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');

  it('flips the security fuses at package time', () => {
    expect(topLevelBlock(yaml, 'electronFuses')).toMatchObject({
      runAsNode: 'false',
      enableCookieEncryption: 'true',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
    expect(yaml).toMatch(/^asar: true$/m);
  });

  it('packages the Electron the shell is typechecked against, pinned exactly', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    const pinned = manifest.devDependencies['electron'];
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.optionalDependencies?.['electron']).toBeUndefined();
    expect(yaml).toMatch(new RegExp(`^electronVersion: ${pinned?.replaceAll('.', '\\.')}$`, 'm'));
  });

  it('starts the app from the shell bundle', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };
    expect(manifest.main).toBe('out/main/index.js');
    expect(yaml).toMatch(/^ {2}main: out\/main\/index\.js$/m);
    const config = readFileSync(path.join(root, 'electron.vite.config.ts'), 'utf8');
    expect(config).toContain("index: resolve('src/main/shell/index.ts')");
    expect(config).toContain("index: resolve('src/main/shell/preload.ts')");
  });

  it('registers the berth:// scheme the app parses', () => {
    expect(yaml).toMatch(
      new RegExp(`^protocols:\\n {2}- name: .+\\n {4}schemes: \\[${BERTH_SCHEME}\\]$`, 'm'),
    );
  });
});
