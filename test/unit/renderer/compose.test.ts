// The Apps pages' pure helpers: proposed project names and stable service colours.
import { describe, expect, it } from 'vitest';
import { baseName, projectNameFrom } from '@renderer/features/compose/project-name';
import { prefixLine, serviceColour } from '@renderer/features/compose/service-colours';

describe('project names from files', () => {
  it('proposes what compose would accept', () => {
    expect(projectNameFrom('My App.yaml')).toBe('myapp');
    expect(projectNameFrom('compose.yaml')).toBe('');
    expect(projectNameFrom('docker-compose.yml')).toBe('');
    expect(projectNameFrom('--x.yml')).toBe('x');
    expect(baseName('/srv/shop/compose.yaml')).toBe('shop');
    expect(baseName('/srv/shop/prod.yaml')).toBe('prod');
  });
});

describe('service colours', () => {
  it('gives a service the same colour every time, whatever the order', () => {
    expect(serviceColour('web')).toBe(serviceColour('web'));
    expect(new Set(['web', 'worker', 'db', 'cache', 'api'].map(serviceColour)).size).toBeGreaterThan(1);
    expect(serviceColour('web')).not.toBe(31);
  });

  it('pads the prefix and marks stderr', () => {
    const line = prefixLine('web', 6, 'hello', false);
    expect(line).toBe(`\u001b[${serviceColour('web')}mweb    |\u001b[0m hello\r\n`);
    expect(prefixLine('web', 3, 'oops', true)).toContain('\u001b[31moops\u001b[0m');
  });
});
