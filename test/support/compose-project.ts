// A two-service compose project for tests: a web server (busybox httpd publishing a port on
// 127.0.0.1) and a worker (a loop echoing lines, with a named volume). Written to a temp folder;
// cleanup removes the project's containers, networks and volumes with the docker CLI.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dockerCli } from '../harness/cli';
import { uniqueName } from './names';

export function composeYaml(image: string): string {
  return [
    'services:',
    '  web:',
    `    image: ${image}`,
    '    command: ["sh", "-c", "echo web ready; trap \'exit 0\' TERM; httpd -f -v -p 8080 -h /var/www & wait"]',
    '    ports: ["127.0.0.1::8080"]',
    '  worker:',
    `    image: ${image}`,
    '    command: ["sh", "-c", "trap \'exit 0\' TERM; i=0; while true; do i=$$((i+1)); echo worker tick $$i; sleep 1; done"]',
    '    volumes: ["data:/data"]',
    'volumes:',
    '  data: {}',
    '',
  ].join('\n');
}

export interface ComposeFixture {
  project: string;
  dir: string;
  file: string;
  cleanup(): Promise<void>;
}

export function composeFixture(dockerHost: string, image: string, prefix = 'it-compose'): ComposeFixture {
  const project = uniqueName(prefix)
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '-');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'berth-compose-'));
  const file = path.join(dir, 'compose.yaml');
  writeFileSync(file, composeYaml(image));
  const label = `label=com.docker.compose.project=${project}`;
  return {
    project,
    dir,
    file,
    async cleanup() {
      const docker = (args: string[]) => dockerCli(dockerHost, args).catch(() => '');
      const ids = (await docker(['ps', '-aq', '--filter', label])).split('\n').filter(Boolean);
      if (ids.length) await docker(['rm', '-fv', ...ids]);
      const networks = (await docker(['network', 'ls', '-q', '--filter', label])).split('\n').filter(Boolean);
      if (networks.length) await docker(['network', 'rm', ...networks]);
      const volumes = (await docker(['volume', 'ls', '-q', '--filter', label])).split('\n').filter(Boolean);
      if (volumes.length) await docker(['volume', 'rm', ...volumes]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
