// The Volumes list: live, searchable, sortable, virtualized, with which containers use each.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { VolumeSummary } from '../../../shared/api';
import { useVolumes } from '../../api/hooks';
import { usePersistedState } from '../../components/persisted-state';
import { sortRows } from '../../components/sort';
import { VirtualTable, type Column, type SortState } from '../../components/VirtualTable';
import { SearchField } from '../../components/SearchField';

function sortKey(volume: VolumeSummary, column: string): string | number {
  if (column === 'driver') return volume.driver;
  if (column === 'inUse') return volume.containers;
  if (column === 'created') return volume.createdAt ?? '';
  return volume.id;
}

export function VolumesPage() {
  const { t, i18n } = useTranslation();
  const { data: volumes = [], isLoading } = useVolumes();
  const [query, setQuery] = usePersistedState('volumes.query', '');
  const [sort, setSort] = usePersistedState<SortState>('volumes.sort', { column: 'name', direction: 'asc' });
  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    const visible = volumes.filter(
      (volume) => !q || volume.id.toLowerCase().includes(q) || volume.driver.includes(q),
    );
    return sortRows(visible, sort, sortKey);
  }, [volumes, query, sort]);
  const dateFormat = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }),
    [i18n.language],
  );

  const columns: Column<VolumeSummary>[] = [
    {
      id: 'name',
      header: t('volumes.columns.name'),
      width: 'minmax(220px, 3fr)',
      sortable: true,
      cell: (volume) => (
        <span className="name-cell">
          <span className="primary truncate mono-ish">{volume.id}</span>
          {volume.anonymous ? <span className="secondary">{t('volumes.anonymous')}</span> : null}
        </span>
      ),
    },
    {
      id: 'driver',
      header: t('volumes.columns.driver'),
      width: '110px',
      sortable: true,
      cell: (v) => v.driver,
    },
    {
      id: 'inUse',
      header: t('volumes.columns.inUse'),
      width: 'minmax(120px, 1fr)',
      sortable: true,
      cell: (volume) =>
        volume.containers > 0 ? (
          <span className="in-use">{t('volumes.inUse', { count: volume.containers })}</span>
        ) : (
          <span className="muted">{t('volumes.unused')}</span>
        ),
    },
    {
      id: 'created',
      header: t('volumes.columns.created'),
      width: 'minmax(120px, 1fr)',
      sortable: true,
      cell: (volume) => (
        <span className="muted">
          {volume.createdAt ? dateFormat.format(new Date(volume.createdAt)) : '—'}
        </span>
      ),
    },
    {
      id: 'mountpoint',
      header: t('volumes.columns.mountpoint'),
      width: 'minmax(200px, 3fr)',
      // Anonymous volumes are named by 64 hex digits, which would push "_data" out of sight:
      // shorten them in the middle; the whole path is the tooltip.
      cell: (volume) => (
        <span className="mono muted truncate" title={volume.mountpoint}>
          {volume.mountpoint.replace(/\/([0-9a-f]{12})[0-9a-f]{52}\//, '/$1…/')}
        </span>
      ),
    },
  ];

  return (
    <section className="page" aria-labelledby="volumes-heading">
      <div className="page-header">
        <h1 id="volumes-heading">{t('volumes.heading')}</h1>
        <p className="page-summary">{t('volumes.total', { count: volumes.length })}</p>
      </div>
      <div className="toolbar">
        <SearchField
          label={t('common.search')}
          placeholder={t('volumes.searchPlaceholder')}
          value={query}
          onChange={setQuery}
        />
      </div>
      <VirtualTable
        label={t('volumes.heading')}
        rows={rows}
        columns={columns}
        rowKey={(volume) => volume.id}
        rowLabel={(volume) => volume.id}
        sort={sort}
        onSortChange={setSort}
        empty={isLoading ? t('common.loading') : query ? t('volumes.noMatch', { query }) : t('volumes.empty')}
      />
    </section>
  );
}
