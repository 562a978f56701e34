// The Networks list: live, searchable, sortable, virtualized.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkSummary } from '../../../shared/api';
import { shortId } from '../../../shared/format/time';
import { useNetworks } from '../../api/hooks';
import { usePersistedState } from '../../components/persisted-state';
import { sortRows } from '../../components/sort';
import { VirtualTable, type Column, type SortState } from '../../components/VirtualTable';
import { SearchField } from '../../components/SearchField';

function sortKey(network: NetworkSummary, column: string): string | number {
  if (column === 'driver') return network.driver;
  if (column === 'scope') return network.scope;
  if (column === 'containers') return network.containers;
  if (column === 'subnet') return network.subnets[0] ?? '';
  return network.name;
}

export function NetworksPage() {
  const { t } = useTranslation();
  const { data: networks = [], isLoading } = useNetworks();
  const [query, setQuery] = usePersistedState('networks.query', '');
  const [sort, setSort] = usePersistedState<SortState>('networks.sort', { column: 'name', direction: 'asc' });
  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    const visible = networks.filter(
      (network) =>
        !q ||
        network.name.toLowerCase().includes(q) ||
        network.id.startsWith(q) ||
        network.driver.includes(q),
    );
    return sortRows(visible, sort, sortKey);
  }, [networks, query, sort]);

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
      width: '110px',
      sortable: true,
      cell: (n) => n.driver,
    },
    { id: 'scope', header: t('networks.columns.scope'), width: '90px', sortable: true, cell: (n) => n.scope },
    {
      id: 'subnet',
      header: t('networks.columns.subnet'),
      width: 'minmax(140px, 1.5fr)',
      sortable: true,
      cell: (network) => <span className="mono">{network.subnets.join(', ') || '—'}</span>,
    },
    {
      id: 'containers',
      header: t('networks.columns.containers'),
      width: 'minmax(110px, 1fr)',
      sortable: true,
      cell: (network) =>
        network.containers > 0 ? (
          <span className="in-use">{t('networks.inUse', { count: network.containers })}</span>
        ) : (
          <span className="muted">{t('networks.unused')}</span>
        ),
    },
  ];

  return (
    <section className="page" aria-labelledby="networks-heading">
      <div className="page-header">
        <h1 id="networks-heading">{t('networks.heading')}</h1>
        <p className="page-summary">{t('networks.total', { count: networks.length })}</p>
      </div>
      <div className="toolbar">
        <SearchField
          label={t('common.search')}
          placeholder={t('networks.searchPlaceholder')}
          value={query}
          onChange={setQuery}
        />
      </div>
      <VirtualTable
        label={t('networks.heading')}
        rows={rows}
        columns={columns}
        rowKey={(network) => network.id}
        rowLabel={(network) => network.name}
        sort={sort}
        onSortChange={setSort}
        empty={
          isLoading ? t('common.loading') : query ? t('networks.noMatch', { query }) : t('networks.empty')
        }
      />
    </section>
  );
}
