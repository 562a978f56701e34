// Finding the compose tool (plugin first, then docker-compose), its environment against Berth's
// engine, its argv, its error words, and cancel of a running tool (a real child process).
import { describe, expect, it } from 'vitest';
import { runComposeTool, toolArgv, toolEnv, toolError } from '@core/compose/run-tool';
import { findComposeTool, parseComposeVersion, toolInfo } from '@core/compose/tool';
import type { CommandRunner } from '@core/vm/command-runner';

const answer = (code: number, stdout: string) => ({
  code,
  stdout: Buffer.from(stdout),
  stderr: Buffer.alloc(0),
});

describe('findComposeTool', () => {
  const find = (present: string[]) => (name: string) => (present.includes(name) ? `/usr/bin/${name}` : null);

  it('prefers the docker compose plugin', async () => {
    const run: CommandRunner = async (program, args) =>
      args[0] === 'compose'
        ? answer(0, 'Docker Compose version v2.24.1\n')
        : answer(0, 'docker-compose version 1.29.2');
    const tool = await findComposeTool({ run, find: find(['docker', 'docker-compose']) });
    expect(tool).toMatchObject({
      kind: 'plugin',
      path: '/usr/bin/docker',
      prefix: ['compose'],
      version: '2.24.1',
      major: 2,
    });
    expect(toolInfo(tool).command).toBe('docker compose');
  });

  it('falls back to docker-compose when the docker CLI has no compose plugin', async () => {
    const run: CommandRunner = async (program) =>
      program.endsWith('/docker')
        ? answer(1, '')
        : answer(0, 'docker-compose version 1.29.2, build unknown\n');
    const tool = await findComposeTool({ run, find: find(['docker', 'docker-compose']) });
    expect(tool).toMatchObject({
      kind: 'standalone',
      path: '/usr/bin/docker-compose',
      prefix: [],
      version: '1.29.2',
      major: 1,
    });
  });

  it('finds nothing when neither is installed', async () => {
    const tool = await findComposeTool({ run: async () => answer(0, ''), find: find([]) });
    expect(tool).toBeNull();
    expect(toolInfo(tool)).toEqual({ kind: null, path: null, version: null, command: null });
  });

  it('reads both version formats', () => {
    expect(parseComposeVersion('Docker Compose version v2.29.7')).toBe('2.29.7');
    expect(parseComposeVersion('docker-compose version 1.29.2, build unknown')).toBe('1.29.2');
    expect(parseComposeVersion('nothing')).toBeNull();
  });
});

describe('the tool’s environment and arguments', () => {
  it('points at Berth’s engine and drops the user’s engine and project variables', () => {
    const env = toolEnv(
      { host: 'tcp://127.0.0.1:2376', tls: { certPath: '/certs', verify: true } },
      {
        PATH: '/bin',
        DOCKER_HOST: 'unix:///other',
        DOCKER_CONTEXT: 'x',
        COMPOSE_FILE: '/evil.yaml',
        COMPOSE_PROJECT_NAME: 'y',
      },
    );
    expect(env).toEqual({
      PATH: '/bin',
      DOCKER_HOST: 'tcp://127.0.0.1:2376',
      DOCKER_CERT_PATH: '/certs',
      DOCKER_TLS_VERIFY: '1',
    });
    expect(toolEnv({ host: 'unix:///s.sock', tls: null }, {})).toEqual({ DOCKER_HOST: 'unix:///s.sock' });
  });

  it('passes the project and files as separate arguments', () => {
    const tool = {
      kind: 'plugin' as const,
      path: '/usr/bin/docker',
      prefix: ['compose'],
      version: '2',
      major: 2,
    };
    expect(toolArgv(tool, 'app', ['/a b/compose.yaml'], ['up', '-d'])).toEqual([
      'compose', '--ansi', 'never', '-p', 'app', '-f', '/a b/compose.yaml', 'up', '-d',
    ]); // prettier-ignore
  });

  it('says the tool’s error from its error line on', () => {
    const tail = [
      'Creating network "x_default"',
      'yaml.parser.ParserError: while parsing a block mapping',
      '  in "./compose.yaml", line 2, column 3',
    ];
    expect(toolError(tail, 1)).toBe(tail.slice(1).join('\n'));
    expect(toolError(['a', 'b'], 2)).toBe('a\nb');
    expect(toolError([], 3)).toBe('The compose tool ended with exit code 3.');
  });
});

describe('runComposeTool', () => {
  it('streams lines and stops the tool on cancel', async () => {
    // A stand-in tool: sh prints a line, then waits; compose's arguments become its $1...
    const tool = {
      kind: 'standalone' as const,
      path: '/bin/sh',
      prefix: ['-c', 'echo "started $4"; exec sleep 30', 'sh'],
      version: '1',
      major: 1,
    };
    const controller = new AbortController();
    const lines: string[] = [];
    const done = runComposeTool({
      tool,
      endpoint: { host: 'unix:///nowhere.sock', tls: null },
      project: 'app',
      files: [],
      cwd: '/',
      args: ['up'],
      signal: controller.signal,
      killAfterMs: 2000,
      onLine: (line) => {
        lines.push(line);
        if (line.startsWith('started')) controller.abort();
      },
    });
    const result = await done;
    expect(lines).toEqual(['started app']);
    expect(result.code).toBeNull();
  });
});
