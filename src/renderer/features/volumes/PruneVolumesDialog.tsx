// Prune: the unused volumes and their total size first; Delete removes exactly those names
// (a volume that appears meanwhile is not touched); then what was freed.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { VolumePruneCandidate } from '@shared/api/volumes-manage';
import { volumePruneCommand } from '@shared/cli/volume-commands';
import { formatBytes } from '@shared/format/bytes';
import { useTRPC } from '@renderer/api/trpc';
import { PreviewDialog } from '@renderer/components/PreviewDialog';
import { VirtualTable, type Column } from '@renderer/components/VirtualTable';
import { errorText } from '../images/errors';

export function PruneVolumesDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  // The preview is taken once: a refetch would silently widen what the button deletes.
  const candidates = useQuery({
    ...trpc.volumes.pruneCandidates.queryOptions(),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnMount: 'always',
  });
  const prune = useMutation(trpc.volumes.prune.mutationOptions());
  const list = candidates.data ?? [];
  const size = list.reduce((sum, c) => sum + (c.size ?? 0), 0);
  const done = prune.data;

  const columns: Column<VolumePruneCandidate>[] = [
    {
      id: 'name',
      header: t('volumes.columns.name'),
      width: 'minmax(200px, 3fr)',
      cell: (c) => <span className="truncate mono-ish">{c.name}</span>,
    },
    { id: 'driver', header: t('volumes.columns.driver'), width: '90px', cell: (c) => c.driver },
    {
      id: 'size',
      header: t('volumeManage.size'),
      width: '90px',
      align: 'end',
      cell: (c) => (c.size === null ? '—' : formatBytes(c.size)),
    },
  ];

  return (
    <PreviewDialog
      title={t('volumeManage.pruneTitle')}
      width={640}
      onClose={onClose}
      finishLabel={t('volumeManage.finish')}
      confirm={{
        label: t('volumeManage.pruneSubmit', { count: list.length }),
        disabled: list.length === 0 || prune.isPending || candidates.isFetching,
        onClick: () => prune.mutate({ names: list.map((c) => c.name) }),
      }}
      outcome={
        done && {
          done: t('volumeManage.pruneDone', {
            count: done.removed.length,
            size: formatBytes(done.spaceReclaimed),
          }),
          kept:
            done.failed.length > 0
              ? t('volumeManage.pruneKept', {
                  reasons: done.failed.map((f) => `${f.name}: ${f.message}`).join('; '),
                })
              : null,
        }
      }
      loading={candidates.isFetching && !candidates.data}
      nothing={list.length === 0 && !candidates.error ? t('volumeManage.pruneNothing') : null}
      error={candidates.error || prune.error ? errorText(candidates.error ?? prune.error) : null}
      command={volumePruneCommand()}
    >
      {list.length > 0 ? (
        <>
          <p>{t('volumeManage.pruneWillDelete', { count: list.length, size: formatBytes(size) })}</p>
          <div className="resource-prune-list">
            <VirtualTable
              label={t('volumeManage.pruneTitle')}
              rows={list}
              columns={columns}
              rowKey={(c) => c.name}
              rowLabel={(c) => c.name}
              rowHeight={34}
            />
          </div>
          <p className="help">{t('volumeManage.pruneNote')}</p>
        </>
      ) : null}
    </PreviewDialog>
  );
}
