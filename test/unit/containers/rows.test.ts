// The list's rows: compose grouping, selection, prune candidates, filters and sort keys.
import { describe, expect, it } from 'vitest';
import type { ContainerSummary } from '@shared/api';
import { containerSortKey, matchesQuery, matchesState } from '@renderer/features/containers/filter';
import { buildRows, prunable, selectedContainers } from '@renderer/features/containers/rows';

function c(name: string, state: ContainerSummary['state'], project: string | null = null): ContainerSummary {
  return {
    id: `${name}-id`.padEnd(64, '0'),
    engineId: 'default',
    name,
    image: 'busybox',
    imageId: 'sha256:1',
    command: 'sleep',
    created: 1,
    state,
    status: '',
    exitCode: null,
    health: null,
    ports: [],
    labels: {},
    composeProject: project,
  };
}

const alpha = c('alpha', 'running');
const shopDb = c('shop-db-1', 'exited', 'shop');
const beta = c('beta', 'exited');
const shopWeb = c('shop-web-1', 'running', 'shop');
const shopCache = c('shop-cache-1', 'created', 'shop');

describe('buildRows', () => {
  it('gathers a project under one row where its first member sorts, with running/total', () => {
    const rows = buildRows([alpha, shopDb, beta, shopWeb, shopCache], new Set());
    expect(rows.map((row) => (row.kind === 'group' ? `[${row.project}]` : row.container.name))).toEqual([
      'alpha',
      '[shop]',
      'shop-db-1',
      'shop-web-1',
      'shop-cache-1',
      'beta',
    ]);
    const group = rows[1]!;
    expect(group).toMatchObject({ kind: 'group', id: 'compose:shop', running: 1, expanded: true });
    expect(group.kind === 'group' && group.members.length).toBe(3);
    expect(rows.filter((row) => row.kind === 'container' && row.grouped)).toHaveLength(3);
  });

  it('hides the members of a collapsed project but keeps its row', () => {
    const rows = buildRows([alpha, shopDb, shopWeb], new Set(['shop']));
    expect(rows.map((row) => row.id)).toEqual([alpha.id, 'compose:shop']);
    expect(rows[1]).toMatchObject({ expanded: false, running: 1 });
  });

  it('groups 10,000 containers from 25 projects', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => c(`n${i}`, 'running', i % 2 ? `p${i % 50}` : null));
    const rows = buildRows(many, new Set());
    expect(rows).toHaveLength(10_000 + 25);
    expect(rows.filter((row) => row.kind === 'group')).toHaveLength(25);
  });
});

describe('selection and prune', () => {
  it('selects only containers still present', () => {
    expect(selectedContainers([alpha, beta], new Set([beta.id, 'gone']))).toEqual([beta]);
    expect(selectedContainers([alpha], new Set())).toEqual([]);
  });
  it('lists stopped containers (exited, created, dead) by name', () => {
    expect(prunable([alpha, shopWeb, shopDb, beta, shopCache]).map((x) => x.name)).toEqual([
      'beta',
      'shop-cache-1',
      'shop-db-1',
    ]);
  });
});

describe('filters and sort keys', () => {
  it('matches name, image or ID prefix, and a state', () => {
    expect(matchesQuery(alpha, 'ALP')).toBe(true);
    expect(matchesQuery(alpha, 'busy')).toBe(true);
    expect(matchesQuery(alpha, alpha.id.slice(0, 6))).toBe(true);
    expect(matchesQuery(alpha, 'zzz')).toBe(false);
    expect(matchesState(alpha, 'any')).toBe(true);
    expect(matchesState(alpha, 'exited')).toBe(false);
    expect(matchesState(beta, 'exited')).toBe(true);
  });
  it('sorts by live CPU and memory where known, unknown last', () => {
    const stats = new Map([[alpha.id, { cpuPercent: 12.5, memoryBytes: 2048 }]]);
    expect(containerSortKey(alpha, 'cpu', stats)).toBe(12.5);
    expect(containerSortKey(alpha, 'memory', stats)).toBe(2048);
    expect(containerSortKey(beta, 'cpu', stats)).toBe(-1);
    expect(containerSortKey(beta, 'name')).toBe('beta');
  });
});
