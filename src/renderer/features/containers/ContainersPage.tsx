// The Containers list: live (patched by pushed events), searchable, sortable, virtualized.
import { Search } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '../../../shared/api';
import { shortId, timeAgo } from '../../../shared/format/time';
import { useContainers, useNow } from '../../api/hooks';
import { usePersistedState } from '../../components/persisted-state';
import { sortRows } from '../../components/sort';
import { VirtualTable, type Column, type SortState } from '../../components/VirtualTable';
import { containerSortKey, matchesQuery } from './filter';
import { PortLinks } from './PortLinks';
import { StateBadge } from './StateBadge';

export function ContainersPage() {
  const { t, i18n } = useTranslation();
  const { data: containers = [], isLoading } = useContainers();
  const now = useNow();
  const [query, setQuery] = usePersistedState('containers.query', '');
  const [scope, setScope] = usePersistedState<'running' | 'all'>('containers.scope', 'all');
  const [sort, setSort] = usePersistedState<SortState>('containers.sort', {
    column: 'name',
    direction: 'asc',
  });

  const runningCount = useMemo(() => containers.filter((c) => c.state === 'running').length, [containers]);
  const rows = useMemo(() => {
    const visible = containers.filter(
      (container) => (scope === 'all' || container.state === 'running') && matchesQuery(container, query),
    );
    return sortRows(visible, sort, containerSortKey);
  }, [containers, scope, query, sort]);

  const columns: Column<ContainerSummary>[] = [
    {
      id: 'name',
      header: t('containers.columns.name'),
      width: 'minmax(180px, 2fr)',
      sortable: true,
      cell: (c) => (
        <span className="name-cell">
          <span className="primary">{c.name}</span>
          <span className="secondary mono">{shortId(c.id)}</span>
        </span>
      ),
    },
    {
      id: 'image',
      header: t('containers.columns.image'),
      width: 'minmax(160px, 2fr)',
      sortable: true,
      cell: (c) => <span className="truncate mono-ish">{c.image}</span>,
    },
    {
      id: 'state',
      header: t('containers.columns.state'),
      width: 'minmax(130px, 1.2fr)',
      sortable: true,
      cell: (c) => <StateBadge container={c} />,
    },
    {
      id: 'ports',
      header: t('containers.columns.ports'),
      width: 'minmax(110px, 1.2fr)',
      sortable: true,
      cell: (c) => <PortLinks ports={c.ports} />,
    },
    {
      id: 'created',
      header: t('containers.columns.created'),
      width: 'minmax(110px, 1fr)',
      sortable: true,
      cell: (c) => <span className="muted">{timeAgo(c.created, now, i18n.language)}</span>,
    },
  ];

  const empty = isLoading
    ? t('common.loading')
    : query
      ? t('containers.noMatch', { query })
      : scope === 'running'
        ? t('containers.emptyRunning')
        : t('containers.empty');

  return (
    <section className="page" aria-labelledby="containers-heading">
      <div className="page-header">
        <h1 id="containers-heading">{t('containers.heading')}</h1>
      </div>
      <div className="toolbar">
        <label className="search">
          <Search size={16} aria-hidden="true" />
          <input
            type="search"
            aria-label={t('common.search')}
            placeholder={t('containers.searchPlaceholder')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
        <div className="segmented" role="radiogroup" aria-label={t('containers.filterLabel')}>
          <button
            type="button"
            role="radio"
            aria-checked={scope === 'running'}
            onClick={() => setScope('running')}
          >
            {t('containers.running', { count: runningCount })}
          </button>
          <button type="button" role="radio" aria-checked={scope === 'all'} onClick={() => setScope('all')}>
            {t('containers.all', { count: containers.length })}
          </button>
        </div>
      </div>
      <VirtualTable
        label={t('containers.heading')}
        rows={rows}
        columns={columns}
        rowKey={(c) => c.id}
        rowLabel={(c) => c.name}
        sort={sort}
        onSortChange={setSort}
        empty={empty}
      />
    </section>
  );
}
