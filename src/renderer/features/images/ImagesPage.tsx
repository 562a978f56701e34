// The Images list: live, searchable, sortable, virtualized, with totals.
import { Search } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../../shared/format/bytes';
import { shortId, timeAgo } from '../../../shared/format/time';
import { useImages, useNow } from '../../api/hooks';
import { usePersistedState } from '../../components/persisted-state';
import { sortRows } from '../../components/sort';
import { VirtualTable, type Column, type SortState } from '../../components/VirtualTable';
import { imageRows, imageSortKey, matchesImage, type ImageRow } from './rows';

export function ImagesPage() {
  const { t, i18n } = useTranslation();
  const { data: images = [], isLoading } = useImages();
  const now = useNow();
  const [query, setQuery] = usePersistedState('images.query', '');
  const [sort, setSort] = usePersistedState<SortState>('images.sort', {
    column: 'repository',
    direction: 'asc',
  });

  const rows = useMemo(
    () =>
      sortRows(
        imageRows(images).filter((row) => matchesImage(row, query)),
        sort,
        imageSortKey,
      ),
    [images, query, sort],
  );
  const totalSize = useMemo(() => images.reduce((sum, image) => sum + image.size, 0), [images]);

  const columns: Column<ImageRow>[] = [
    {
      id: 'repository',
      header: t('images.columns.repository'),
      width: 'minmax(200px, 3fr)',
      sortable: true,
      cell: (row) => <span className="primary truncate">{row.repository}</span>,
    },
    {
      id: 'tag',
      header: t('images.columns.tag'),
      width: 'minmax(90px, 1fr)',
      sortable: true,
      cell: (row) => <span className="tag-pill">{row.tag}</span>,
    },
    {
      id: 'id',
      header: t('images.columns.id'),
      width: '130px',
      cell: (row) => <span className="mono muted">{shortId(row.image.id)}</span>,
    },
    {
      id: 'inUse',
      header: t('images.columns.inUse'),
      width: 'minmax(110px, 1fr)',
      sortable: true,
      cell: (row) =>
        row.image.containers > 0 ? (
          <span className="in-use">{t('images.inUse', { count: row.image.containers })}</span>
        ) : (
          <span className="muted">{t('images.unused')}</span>
        ),
    },
    {
      id: 'created',
      header: t('images.columns.created'),
      width: 'minmax(110px, 1fr)',
      sortable: true,
      cell: (row) => <span className="muted">{timeAgo(row.image.created, now, i18n.language)}</span>,
    },
    {
      id: 'size',
      header: t('images.columns.size'),
      width: '100px',
      sortable: true,
      align: 'end',
      cell: (row) => formatBytes(row.image.size),
    },
  ];

  const empty = isLoading ? t('common.loading') : query ? t('images.noMatch', { query }) : t('images.empty');

  return (
    <section className="page" aria-labelledby="images-heading">
      <div className="page-header">
        <h1 id="images-heading">{t('images.heading')}</h1>
        <p className="page-summary">
          {t('images.totals', { count: images.length, size: formatBytes(totalSize) })}
        </p>
      </div>
      <div className="toolbar">
        <label className="search">
          <Search size={16} aria-hidden="true" />
          <input
            type="search"
            aria-label={t('common.search')}
            placeholder={t('images.searchPlaceholder')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
      </div>
      <VirtualTable
        label={t('images.heading')}
        rows={rows}
        columns={columns}
        rowKey={(row) => row.key}
        rowLabel={(row) => `${row.repository}:${row.tag}`}
        sort={sort}
        onSortChange={setSort}
        empty={empty}
      />
    </section>
  );
}
