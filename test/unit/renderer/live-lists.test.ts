// The renderer's live-list table: every resource has a list query under its own key and a
// change feed from its own router, and a batch of shared Change messages fed through the same
// path LiveSync uses lands in that key's cached list (a mapper that renamed a field on the way
// would fail here).
import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { describe, expect, it } from 'vitest';
import { liveLists, syncOptions, type LiveList } from '@renderer/api/live-lists';
import type { AppRouter } from '@renderer/api/types';
import { liveResources, type Change, type Keyed } from '@shared/api';

function table(engineId: string | undefined = 'default') {
  const queryClient = new QueryClient();
  // No link: building options never calls the server.
  const client = createTRPCClient<AppRouter>({ links: [] });
  return {
    queryClient,
    lists: liveLists(createTRPCOptionsProxy<AppRouter>({ client, queryClient }), engineId),
  };
}

describe('live lists (renderer)', () => {
  it('has an entry for every resource and nothing else', () => {
    expect(Object.keys(table().lists).sort()).toEqual([...liveResources].sort());
  });

  it.each(liveResources)('%s reads its own list and follows its own feed', (name) => {
    const list = table().lists[name];
    expect(list.query.queryKey[0]).toEqual([name, 'list']);
    expect(list.query.staleTime).toBe(Infinity);
    expect(list.feed(() => undefined).trpc.path).toBe(`${name}.changes`);
  });

  it('gives the containers list all containers, stopped ones too, of the named engine', () => {
    expect(table().lists.containers.query.queryKey[1]).toEqual({
      input: { all: true, engineId: 'default' },
      type: 'query',
    });
  });

  it("keys each engine's lists by its id, so two engines' lists never share a cache entry", () => {
    const one = table('default').lists;
    const two = table('second').lists;
    for (const name of ['containers', 'images', 'volumes', 'networks'] as const) {
      expect(one[name].query.queryKey).not.toEqual(two[name].query.queryKey);
      expect(two[name].query.queryKey[1]).toMatchObject({ input: { engineId: 'second' } });
    }
    // Activity is Berth's own, not an engine's.
    expect(one.activity.query.queryKey).toEqual(two.activity.query.queryKey);
  });

  it.each(liveResources)('%s patches its cached list with a batch of changes', (name) => {
    const { queryClient, lists } = table();
    const list = lists[name] as unknown as LiveList<Keyed & { name: string }>;
    const a = { id: 'a', name: 'alpha' };
    const b = { id: 'b', name: 'beta' };
    const batch: Change<Keyed & { name: string }>[] = [
      { type: 'snapshot', items: [a, b] },
      { type: 'upsert', item: { id: 'c', name: 'gamma' } },
      { type: 'upsert', item: { id: 'a', name: 'alpha two' } },
      { type: 'remove', id: 'b' },
    ];
    syncOptions(queryClient, list).onData?.(batch);
    expect(queryClient.getQueryData(list.query.queryKey)).toEqual([
      { id: 'a', name: 'alpha two' },
      { id: 'c', name: 'gamma' },
    ]);
    syncOptions(queryClient, list).onData?.([{ type: 'remove', id: 'a' }]);
    expect(queryClient.getQueryData(list.query.queryKey)).toEqual([{ id: 'c', name: 'gamma' }]);
  });
});
