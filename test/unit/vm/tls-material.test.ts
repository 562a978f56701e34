// TLS material of a VM: where it lives, that it is private, and that the certificates chain.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureTlsMaterial, guestTlsFiles, tlsPaths } from '@core/vm/tls-material';
import { makeTar } from '@core/vm/config-tar';

const dir = mkdtempSync(join(tmpdir(), 'berth-tls-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tlsPaths', () => {
  it('puts client material where DOCKER_CERT_PATH expects it, in the VM folder', () => {
    const p = tlsPaths('/data/vm/qemu');
    expect(p.clientDir).toBe('/data/vm/qemu/tls/client');
    expect([p.caCert, p.clientCert, p.clientKey]).toEqual([
      '/data/vm/qemu/tls/client/ca.pem',
      '/data/vm/qemu/tls/client/cert.pem',
      '/data/vm/qemu/tls/client/key.pem',
    ]);
    expect(p.caKey).toBe('/data/vm/qemu/tls/ca-key.pem');
  });
});

describe('ensureTlsMaterial (openssl)', () => {
  it('makes a CA, a loopback server certificate and a client certificate, mode 0600', async () => {
    const p = await ensureTlsMaterial(dir);
    for (const file of [p.caKey, p.caCert, p.clientCert, p.clientKey, p.serverCert, p.serverKey]) {
      expect(statSync(file).mode & 0o777).toBe(0o600);
    }
    expect(statSync(p.dir).mode & 0o777).toBe(0o700);
    const verify = (cert: string) =>
      execFileSync('openssl', ['verify', '-CAfile', p.caCert, cert]).toString();
    expect(verify(p.serverCert)).toMatch(/OK/);
    expect(verify(p.clientCert)).toMatch(/OK/);
    const server = execFileSync('openssl', ['x509', '-in', p.serverCert, '-noout', '-text']).toString();
    expect(server).toMatch(/IP Address:127\.0\.0\.1/);
    expect(server).toMatch(/DNS:localhost/);
    const before = statSync(p.caCert).mtimeMs;
    await ensureTlsMaterial(dir); // kept, not regenerated
    expect(statSync(p.caCert).mtimeMs).toBe(before);
    expect(Object.keys(guestTlsFiles(p)).sort()).toEqual(['ca.pem', 'server-cert.pem', 'server-key.pem']);
  }, 60_000);
});

describe('makeTar', () => {
  it('writes a tar that tar reads back', () => {
    const tarFile = join(dir, 'config.tar');
    const data = makeTar({ shares: 'share0\t/home/u\n', 'ca.pem': Buffer.from('PEM') });
    expect(data.length % 10240).toBe(0);
    writeFileSync(tarFile, data);
    expect(execFileSync('tar', ['-tf', tarFile]).toString().split('\n').filter(Boolean)).toEqual([
      'shares',
      'ca.pem',
    ]);
    expect(execFileSync('tar', ['-xOf', tarFile, 'shares']).toString()).toBe('share0\t/home/u\n');
  });

  it('refuses names that would escape the folder', () => {
    expect(() => makeTar({ '../x': 'a' })).toThrow(/bad tar entry/);
    expect(() => makeTar({ '/etc/x': 'a' })).toThrow(/bad tar entry/);
  });
});
