// The Volumes page: the live list (sizes from `docker system df -v`, users with links), search,
// sort, selection, and the actions: create, inspect, back up, restore, clone, remove, prune.
import { useQuery } from '@tanstack/react-query';
import { Copy, Download, Eraser, FileSearch, FolderOpen, Trash2, Upload } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VolumeSummary } from '@shared/api';
import { volumeInspectCommand } from '@shared/cli/volume-commands';
import { formatBytes } from '@shared/format/bytes';
import { useVolumes } from '@renderer/api/hooks';
import { useTRPC } from '@renderer/api/trpc';
import { InspectDialog } from '@renderer/components/InspectDialog';
import { usePersistedState } from '@renderer/components/persisted-state';
import { type RowAction } from '@renderer/components/ResourceList';
import { ResourcePage, ToolbarButton } from '@renderer/components/ResourcePage';
import type { Column, SortState } from '@renderer/components/VirtualTable';
import { errorText } from '../images/errors';
import { BackupDialog } from './BackupDialog';
import { BrowseDialog } from './BrowseDialog';
import { CloneDialog } from './CloneDialog';
import { CreateVolumeDialog } from './CreateVolumeDialog';
import { PruneVolumesDialog } from './PruneVolumesDialog';
import { RemoveVolumesDialog } from './RemoveVolumesDialog';
import { RestoreDialog } from './RestoreDialog';
import { VolumeUsersDialog } from './VolumeUsersDialog';

type Open =
  | { kind: 'create' | 'prune' | 'restore' }
  | { kind: 'inspect' | 'users' | 'backup' | 'restoreInto' | 'clone' | 'browse'; name: string }
  | { kind: 'remove'; names: string[] }
  | null;

function InspectVolume({ name, onClose }: { name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const inspect = useQuery(trpc.volumes.inspect.queryOptions({ name }));
  return (
    <InspectDialog
      title={t('volumeManage.inspectTitle', { name })}
      command={volumeInspectCommand(name)}
      data={inspect.data}
      error={inspect.error ? errorText(inspect.error) : null}
      onClose={onClose}
    />
  );
}

export function VolumesPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const { data: volumes = [], isLoading, error } = useVolumes();
  // Sizes cost the engine a walk of every volume: read when the page opens, not live.
  const sizes = useQuery({ ...trpc.volumes.sizes.queryOptions(), staleTime: 30_000 });
  const [query, setQuery] = usePersistedState('volumes.query', '');
  const [sort, setSort] = usePersistedState<SortState>('volumes.sort', { column: 'name', direction: 'asc' });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [open, setOpen] = useState<Open>(null);
  const close = () => {
    setOpen(null);
    void sizes.refetch();
  };
  const dateFormat = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }),
    [i18n.language],
  );
  const sizeOf = (volume: VolumeSummary) => sizes.data?.[volume.id] ?? null;

  const sortKey = (volume: VolumeSummary, column: string): string | number => {
    if (column === 'driver') return volume.driver;
    if (column === 'inUse') return volume.containers;
    if (column === 'created') return volume.createdAt ?? '';
    if (column === 'size') return sizeOf(volume) ?? -1;
    return volume.id;
  };

  const columns: Column<VolumeSummary>[] = [
    {
      id: 'name',
      header: t('volumes.columns.name'),
      width: 'minmax(160px, 3fr)',
      sortable: true,
      cell: (volume) => (
        <span className="name-cell">
          <span className="primary truncate mono-ish" title={volume.id}>
            {volume.id}
          </span>
          {volume.anonymous ? <span className="secondary">{t('volumes.anonymous')}</span> : null}
        </span>
      ),
    },
    {
      id: 'driver',
      header: t('volumes.columns.driver'),
      width: '80px',
      sortable: true,
      cell: (v) => v.driver,
    },
    {
      id: 'size',
      header: t('volumeManage.size'),
      width: '90px',
      sortable: true,
      align: 'end',
      cell: (volume) => {
        const size = sizeOf(volume);
        return <span className="muted">{size === null ? '—' : formatBytes(size)}</span>;
      },
    },
    {
      id: 'inUse',
      header: t('volumes.columns.inUse'),
      width: 'minmax(100px, 1fr)',
      sortable: true,
      cell: (volume) =>
        volume.containers > 0 ? (
          <button
            type="button"
            className="link-button in-use"
            aria-label={t('volumeManage.actions.usedBy', { name: volume.id })}
            onClick={() => setOpen({ kind: 'users', name: volume.id })}
          >
            {t('volumes.inUse', { count: volume.containers })}
          </button>
        ) : (
          <span className="muted">{t('volumes.unused')}</span>
        ),
    },
    {
      id: 'created',
      header: t('volumes.columns.created'),
      width: 'minmax(100px, 1fr)',
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
      width: 'minmax(120px, 2fr)',
      // Anonymous volumes' 64-hex names would push "_data" out of sight: shorten in the middle.
      cell: (volume) => (
        <span className="mono muted truncate" title={volume.mountpoint}>
          {volume.mountpoint.replace(/\/([0-9a-f]{12})[0-9a-f]{52}\//, '/$1…/')}
        </span>
      ),
    },
  ];

  const named = (key: string) => (volume: VolumeSummary) => t(key, { name: volume.id });
  const actions: RowAction<VolumeSummary>[] = [
    {
      id: 'browse',
      icon: FolderOpen,
      label: named('volumeManage.actions.browse'),
      onClick: (v) => setOpen({ kind: 'browse', name: v.id }),
    },
    {
      id: 'inspect',
      icon: FileSearch,
      label: named('volumeManage.actions.inspect'),
      onClick: (v) => setOpen({ kind: 'inspect', name: v.id }),
    },
    {
      id: 'backup',
      icon: Download,
      label: named('volumeManage.actions.backup'),
      onClick: (v) => setOpen({ kind: 'backup', name: v.id }),
    },
    {
      id: 'restore',
      icon: Upload,
      label: named('volumeManage.actions.restore'),
      onClick: (v) => setOpen({ kind: 'restoreInto', name: v.id }),
    },
    {
      id: 'clone',
      icon: Copy,
      label: named('volumeManage.actions.clone'),
      onClick: (v) => setOpen({ kind: 'clone', name: v.id }),
    },
    {
      id: 'remove',
      icon: Trash2,
      danger: true,
      label: named('volumeManage.actions.remove'),
      onClick: (v) => setOpen({ kind: 'remove', names: [v.id] }),
    },
  ];

  return (
    <ResourcePage
      heading={t('volumes.heading')}
      summary={t('volumes.total', { count: volumes.length })}
      create={{ label: t('volumeManage.create'), onClick: () => setOpen({ kind: 'create' }) }}
      rows={volumes}
      columns={columns}
      rowKey={(volume) => volume.id}
      rowLabel={(volume) => volume.id}
      query={query}
      onQueryChange={setQuery}
      searchPlaceholder={t('volumes.searchPlaceholder')}
      matches={(volume, q) => volume.id.toLowerCase().includes(q) || volume.driver.includes(q)}
      sort={sort}
      onSortChange={setSort}
      sortKey={sortKey}
      actions={actions}
      selected={selected}
      onSelectedChange={setSelected}
      bulkActions={(rows) => (
        <button
          type="button"
          className="secondary-button danger-text"
          onClick={() => setOpen({ kind: 'remove', names: rows.map((row) => row.id) })}
        >
          {t('volumeManage.removeSelected')}
        </button>
      )}
      toolbar={
        <>
          <ToolbarButton
            icon={Eraser}
            label={t('volumeManage.prune')}
            onClick={() => setOpen({ kind: 'prune' })}
          />
          <ToolbarButton
            icon={Upload}
            label={t('volumeManage.restore')}
            onClick={() => setOpen({ kind: 'restore' })}
          />
        </>
      }
      loading={isLoading}
      error={error ? errorText(error) : null}
      emptyText={t('volumes.empty')}
      noMatchText={(q) => t('volumes.noMatch', { query: q })}
    >
      {open?.kind === 'create' ? <CreateVolumeDialog onClose={close} /> : null}
      {open?.kind === 'prune' ? <PruneVolumesDialog onClose={close} /> : null}
      {open?.kind === 'restore' ? <RestoreDialog onClose={close} /> : null}
      {open?.kind === 'restoreInto' ? <RestoreDialog into={open.name} onClose={close} /> : null}
      {open?.kind === 'inspect' ? <InspectVolume name={open.name} onClose={close} /> : null}
      {open?.kind === 'users' ? <VolumeUsersDialog name={open.name} onClose={close} /> : null}
      {open?.kind === 'backup' ? <BackupDialog name={open.name} onClose={close} /> : null}
      {open?.kind === 'browse' ? <BrowseDialog name={open.name} onClose={close} /> : null}
      {open?.kind === 'clone' ? <CloneDialog name={open.name} onClose={close} /> : null}
      {open?.kind === 'remove' ? (
        <RemoveVolumesDialog
          names={open.names}
          onClose={() => {
            setSelected(new Set());
            close();
          }}
        />
      ) : null}
    </ResourcePage>
  );
}
