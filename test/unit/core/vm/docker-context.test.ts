// The `berth` docker context: the CLI's own format, written atomically, read back by discovery.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discoverEngine } from '@core/engine/discovery';
import {
  isCurrentContext,
  readBerthContextHost,
  removeBerthContext,
  writeBerthContext,
} from '@core/vm/docker-context';

let home: string;
let config: string;
beforeEach(() => {
  home = mkdtempSync(path.join(os.tmpdir(), 'berth-context-'));
  config = path.join(home, '.docker');
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

const metaDir = () =>
  path.join(config, 'contexts', 'meta', createHash('sha256').update('berth').digest('hex'));
const endpoint = { host: 'unix:///data/berth/engine/docker.sock', tls: null };

describe('the berth docker context', () => {
  it('is written where and as the docker CLI writes contexts, leaving no temp file', () => {
    writeBerthContext(config, endpoint, "Berth's engine (native)");
    expect(readdirSync(metaDir())).toEqual(['meta.json']);
    expect(JSON.parse(readFileSync(path.join(metaDir(), 'meta.json'), 'utf8'))).toEqual({
      Name: 'berth',
      Metadata: { Description: "Berth's engine (native)" },
      Endpoints: { docker: { Host: 'unix:///data/berth/engine/docker.sock', SkipTLSVerify: false } },
    });
  });

  it('is updated in place', () => {
    writeBerthContext(config, endpoint, 'x');
    writeBerthContext(config, { host: 'unix:///other.sock', tls: null }, 'x');
    expect(readdirSync(metaDir())).toEqual(['meta.json']);
    expect(readBerthContextHost(config)).toBe('unix:///other.sock');
  });

  it('is not taken for an engine of the user (Berth starts its own instead)', () => {
    writeBerthContext(config, endpoint, 'x');
    const found = discoverEngine({
      env: { DOCKER_CONTEXT: 'berth', DOCKER_CONFIG: config },
      home,
      exists: () => false,
    });
    expect(found.endpoint.source).toBe('default');
  });

  it("never switches the user's current context", () => {
    mkdirSync(config, { recursive: true });
    writeFileSync(path.join(config, 'config.json'), JSON.stringify({ currentContext: 'colima', auths: {} }));
    writeBerthContext(config, endpoint, 'x');
    expect(JSON.parse(readFileSync(path.join(config, 'config.json'), 'utf8'))).toEqual({
      currentContext: 'colima',
      auths: {},
    });
    expect(isCurrentContext(config, {})).toBe(false);
    expect(isCurrentContext(config, { DOCKER_CONTEXT: 'berth' })).toBe(true);
  });

  it('copies TLS material beside it, and is removed whole', () => {
    const certs = path.join(home, 'certs');
    mkdirSync(certs);
    for (const file of ['ca.pem', 'cert.pem', 'key.pem']) writeFileSync(path.join(certs, file), file);
    writeBerthContext(config, { host: 'tcp://127.0.0.1:2376', tls: { certPath: certs, verify: true } }, 'vm');
    const tls = path.join(
      config,
      'contexts',
      'tls',
      createHash('sha256').update('berth').digest('hex'),
      'docker',
    );
    expect(readdirSync(tls).sort()).toEqual(['ca.pem', 'cert.pem', 'key.pem']);
    removeBerthContext(config);
    expect(readdirSync(path.join(config, 'contexts', 'meta'))).toEqual([]);
    expect(readdirSync(path.join(config, 'contexts', 'tls'))).toEqual([]);
  });
});
