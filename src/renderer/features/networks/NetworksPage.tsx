// The Networks page: the live list (counts as `docker network inspect` gives them), search, sort,
// and the actions: create, inspect, containers (connect / disconnect), remove, prune.
import { useQuery } from '@tanstack/react-query';
import { Eraser, FileSearch, Trash2, Users } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkSummary } from '@shared/api';
import { isBuiltinNetwork } from '@shared/api/networks-manage';
import { networkInspectCommand } from '@shared/cli/network-commands';
import { shortId } from '@shared/format/time';
import { useNetworks } from '@renderer/api/hooks';
import { useTRPC } from '@renderer/api/trpc';
import { InspectDialog } from '@renderer/components/InspectDialog';
import { usePersistedState } from '@renderer/components/persisted-state';
import { type RowAction } from '@renderer/components/ResourceList';
import { ResourcePage, ToolbarButton } from '@renderer/components/ResourcePage';
import type { Column, SortState } from '@renderer/components/VirtualTable';
import { errorText } from '../images/errors';
import { CreateNetworkDialog } from './CreateNetworkDialog';
import { MembersDialog } from './MembersDialog';
import { PruneNetworksDialog } from './PruneNetworksDialog';
import { RemoveNetworkDialog } from './RemoveNetworkDialog';

type Open =
  { kind: 'create' | 'prune' } | { kind: 'inspect' | 'members' | 'remove'; network: NetworkSummary } | null;

function sortKey(network: NetworkSummary, column: string): string | number {
  if (column === 'driver') return network.driver;
  if (column === 'scope') return network.scope;
  if (column === 'containers') return network.containers;
  if (column === 'subnet') return network.subnets[0] ?? '';
  return network.name;
}

function InspectNetwork({ network, onClose }: { network: NetworkSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const inspect = useQuery(trpc.networks.inspect.queryOptions({ id: network.id }));
  return (
    <InspectDialog
      title={t('networkManage.inspectTitle', { name: network.name })}
      command={networkInspectCommand(network.name)}
      data={inspect.data}
      error={inspect.error ? errorText(inspect.error) : null}
      onClose={onClose}
    />
  );
}

export function NetworksPage() {
  const { t } = useTranslation();
  const { data: networks = [], isLoading, error } = useNetworks();
  const [query, setQuery] = usePersistedState('networks.query', '');
  const [sort, setSort] = usePersistedState<SortState>('networks.sort', { column: 'name', direction: 'asc' });
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);

  const columns: Column<NetworkSummary>[] = [
    {
      id: 'name',
      header: t('networks.columns.name'),
      width: 'minmax(200px, 2fr)',
      sortable: true,
      cell: (network) => (
        <span className="name-cell">
          <span className="primary">{network.name}</span>
          <span className="secondary mono">{shortId(network.id)}</span>
        </span>
      ),
    },
    {
      id: 'driver',
      header: t('networks.columns.driver'),
      width: '90px',
      sortable: true,
      cell: (n) => n.driver,
    },
    { id: 'scope', header: t('networks.columns.scope'), width: '80px', sortable: true, cell: (n) => n.scope },
    {
      id: 'subnet',
      header: t('networks.columns.subnet'),
      width: 'minmax(130px, 1.3fr)',
      sortable: true,
      cell: (network) => <span className="mono">{network.subnets.join(', ') || '—'}</span>,
    },
    {
      id: 'gateway',
      header: t('networkManage.gateway'),
      width: 'minmax(110px, 1fr)',
      cell: (network) => <span className="mono muted">{network.gateways.join(', ') || '—'}</span>,
    },
    {
      id: 'containers',
      header: t('networks.columns.containers'),
      width: 'minmax(110px, 1fr)',
      sortable: true,
      cell: (network) =>
        network.containers > 0 ? (
          <button
            type="button"
            className="link-button in-use"
            aria-label={t('networkManage.actions.containers', { name: network.name })}
            onClick={() => setOpen({ kind: 'members', network })}
          >
            {t('networks.inUse', { count: network.containers })}
          </button>
        ) : (
          <span className="muted">{t('networks.unused')}</span>
        ),
    },
  ];

  const named = (key: string) => (network: NetworkSummary) => t(key, { name: network.name });
  const actions: RowAction<NetworkSummary>[] = [
    {
      id: 'inspect',
      icon: FileSearch,
      label: named('networkManage.actions.inspect'),
      onClick: (network) => setOpen({ kind: 'inspect', network }),
    },
    {
      id: 'members',
      icon: Users,
      label: named('networkManage.actions.connect'),
      onClick: (network) => setOpen({ kind: 'members', network }),
    },
    {
      id: 'remove',
      icon: Trash2,
      danger: true,
      // The engine's own networks say why instead of offering a removal that must fail.
      label: (network) =>
        isBuiltinNetwork(network.name)
          ? `${t('networkManage.actions.remove', { name: network.name })}: ${t('networkManage.builtin')}`
          : t('networkManage.actions.remove', { name: network.name }),
      disabled: (network) => isBuiltinNetwork(network.name),
      onClick: (network) => setOpen({ kind: 'remove', network }),
    },
  ];

  return (
    <ResourcePage
      heading={t('networks.heading')}
      summary={t('networks.total', { count: networks.length })}
      create={{ label: t('networkManage.create'), onClick: () => setOpen({ kind: 'create' }) }}
      rows={networks}
      columns={columns}
      rowKey={(network) => network.id}
      rowLabel={(network) => network.name}
      query={query}
      onQueryChange={setQuery}
      searchPlaceholder={t('networks.searchPlaceholder')}
      matches={(network, q) =>
        network.name.toLowerCase().includes(q) || network.id.startsWith(q) || network.driver.includes(q)
      }
      sort={sort}
      onSortChange={setSort}
      sortKey={sortKey}
      actions={actions}
      toolbar={
        <ToolbarButton
          icon={Eraser}
          label={t('networkManage.prune')}
          onClick={() => setOpen({ kind: 'prune' })}
        />
      }
      loading={isLoading}
      error={error ? errorText(error) : null}
      emptyText={t('networks.empty')}
      noMatchText={(q) => t('networks.noMatch', { query: q })}
    >
      {open?.kind === 'create' ? <CreateNetworkDialog onClose={close} /> : null}
      {open?.kind === 'prune' ? <PruneNetworksDialog onClose={close} /> : null}
      {open?.kind === 'inspect' ? <InspectNetwork network={open.network} onClose={close} /> : null}
      {open?.kind === 'members' ? (
        <MembersDialog id={open.network.id} name={open.network.name} onClose={close} />
      ) : null}
      {open?.kind === 'remove' ? (
        <RemoveNetworkDialog id={open.network.id} name={open.network.name} onClose={close} />
      ) : null}
    </ResourcePage>
  );
}
