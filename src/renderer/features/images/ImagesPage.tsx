// The Images list: live, filtered (in use / unused / dangling), searchable, sortable,
// virtualized, with totals, a Pull field, prune, registries and per-row actions.
import { Eraser, KeyRound } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatBytes } from '@shared/format/bytes';
import { shortId, timeAgo } from '@shared/format/time';
import { useImages, useNow } from '@renderer/api/hooks';
import { useUniqueLayerSize } from './use-disk-usage';
import { IconTextButton } from '@renderer/components/IconTextButton';
import { usePersistedState } from '@renderer/components/persisted-state';
import { SegmentedChoice } from '@renderer/components/SegmentedChoice';
import { sortRows } from '@renderer/components/sort';
import { VirtualTable, type Column, type SortState } from '@renderer/components/VirtualTable';
import { RegistriesDialog } from '../registries/RegistriesDialog';
import { ImageRowActions, type RowAction } from './ImageRowActions';
import { ImageToolbarExtras } from './ImageToolbarExtras';
import { PruneDialog } from './PruneDialog';
import { PullForm } from './PullForm';
import { PushDialog } from './PushDialog';
import { RemoveDialog } from './RemoveDialog';
import {
  imageRows,
  imageSortKey,
  matchesFilter,
  matchesImage,
  rowReference,
  type ImageFilter,
  type ImageRow,
} from './rows';
import { TagDialog } from './TagDialog';
import { UsedByDialog } from './UsedByDialog';
import './images.css';
import { SearchField } from '@renderer/components/SearchField';

type Open = { action: RowAction; row: ImageRow } | { action: 'prune' | 'registries' } | null;
const FILTERS: ImageFilter[] = ['all', 'inUse', 'unused', 'dangling'];

export function ImagesPage() {
  const { t, i18n } = useTranslation();
  const { data: images = [], isLoading } = useImages();
  const now = useNow();
  const [query, setQuery] = usePersistedState('images.query', '');
  const [filter, setFilter] = usePersistedState<ImageFilter>('images.filter', 'all');
  const [sort, setSort] = usePersistedState<SortState>('images.sort', {
    column: 'repository',
    direction: 'asc',
  });
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);

  const allRows = useMemo(() => imageRows(images), [images]);
  const rows = useMemo(
    () =>
      sortRows(
        allRows.filter((row) => matchesFilter(row, filter) && matchesImage(row, query)),
        sort,
        imageSortKey,
      ),
    [allRows, filter, query, sort],
  );
  const totalSize = useUniqueLayerSize(images);

  const columns: Column<ImageRow>[] = [
    {
      id: 'repository',
      header: t('images.columns.repository'),
      width: 'minmax(200px, 3fr)',
      sortable: true,
      cell: (row) => (
        <Link
          className="primary truncate image-link"
          to={`/images/${row.image.id}`}
          aria-label={t('images.actions.open', { ref: rowReference(row) })}
        >
          {row.repository}
        </Link>
      ),
    },
    {
      id: 'tag',
      header: t('images.columns.tag'),
      width: 'minmax(90px, 1fr)',
      sortable: true,
      cell: (row) => <span className={`tag-pill${row.tag === '<none>' ? ' none' : ''}`}>{row.tag}</span>,
    },
    {
      id: 'id',
      header: t('images.columns.id'),
      width: '120px',
      cell: (row) => <span className="mono muted">{shortId(row.image.id)}</span>,
    },
    {
      id: 'inUse',
      header: t('images.columns.inUse'),
      width: 'minmax(110px, 1fr)',
      sortable: true,
      cell: (row) =>
        row.image.containers > 0 ? (
          <button
            type="button"
            className="link-button in-use"
            aria-label={t('images.actions.usedBy', { ref: rowReference(row) })}
            onClick={() => setOpen({ action: 'usedBy', row })}
          >
            {t('images.inUse', { count: row.image.containers })}
          </button>
        ) : (
          <span className="muted">{t('images.unused')}</span>
        ),
    },
    {
      id: 'created',
      header: t('images.columns.created'),
      width: 'minmax(125px, 1fr)',
      sortable: true,
      cell: (row) => <span className="muted">{timeAgo(row.image.created, now, i18n.language)}</span>,
    },
    {
      id: 'size',
      header: t('images.columns.size'),
      width: '90px',
      sortable: true,
      align: 'end',
      cell: (row) => formatBytes(row.image.size),
    },
    {
      id: 'actions',
      header: t('images.columns.actions'),
      width: '150px',
      align: 'end',
      cell: (row) => <ImageRowActions row={row} onAction={(action) => setOpen({ action, row })} />,
    },
  ];

  const empty = isLoading
    ? t('common.loading')
    : query
      ? t('images.noMatch', { query })
      : filter !== 'all' && images.length > 0
        ? t('images.noneInFilter')
        : t('images.empty');

  return (
    <section className="page" aria-labelledby="images-heading">
      <div className="page-header images-header">
        <div>
          <h1 id="images-heading">{t('images.heading')}</h1>
          <p className="page-summary">
            {t('images.totals', {
              count: images.length,
              size: totalSize === null ? '—' : formatBytes(totalSize),
            })}
          </p>
        </div>
        <div className="images-header-actions">
          <PullForm />
          <IconTextButton icon={KeyRound} onClick={() => setOpen({ action: 'registries' })}>
            {t('images.registries')}
          </IconTextButton>
        </div>
      </div>
      <div className="toolbar images-toolbar">
        <SearchField
          label={t('common.search')}
          placeholder={t('images.searchPlaceholder')}
          value={query}
          onChange={setQuery}
        />
        <SegmentedChoice
          label={t('images.filter.label')}
          options={FILTERS.map((value) => ({ value, label: t(`images.filter.${value}`) }))}
          value={filter}
          onChange={setFilter}
        />
        <IconTextButton icon={Eraser} onClick={() => setOpen({ action: 'prune' })}>
          {t('images.prune.button')}
        </IconTextButton>
        <div className="toolbar-spacer" />
        <div className="toolbar-group">
          <ImageToolbarExtras />
        </div>
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
      {open?.action === 'tag' ? <TagDialog source={rowReference(open.row)} onClose={close} /> : null}
      {open?.action === 'push' ? <PushDialog reference={rowReference(open.row)} onClose={close} /> : null}
      {open?.action === 'remove' ? <RemoveDialog row={open.row} onClose={close} /> : null}
      {open?.action === 'usedBy' ? <UsedByDialog row={open.row} onClose={close} /> : null}
      {open?.action === 'prune' ? <PruneDialog onClose={close} /> : null}
      {open?.action === 'registries' ? <RegistriesDialog onClose={close} /> : null}
    </section>
  );
}
