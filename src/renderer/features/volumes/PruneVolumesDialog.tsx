// Prune: the unused volumes and their total size first; Delete removes exactly those names
// (a volume that appears meanwhile is not touched); then what was freed.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { VolumePruneCandidate } from '../../../shared/api/volumes-manage';
import { volumePruneCommand } from '../../../shared/cli/volume-commands';
import { formatBytes } from '../../../shared/format/bytes';
import { useTRPC } from '../../api/trpc';
import { CommandLine } from '../../components/CommandLine';
import { Dialog, DialogActions } from '../../components/Dialog';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { EngineError } from '../errors/EngineError';
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
    <Dialog
      title={t('volumeManage.pruneTitle')}
      open
      onClose={onClose}
      width={640}
      footer={
        <DialogActions
          onCancel={onClose}
          cancelLabel={done ? t('volumeManage.finish') : undefined}
          confirm={
            done
              ? undefined
              : {
                  label: t('volumeManage.pruneSubmit', { count: list.length }),
                  danger: true,
                  disabled: list.length === 0 || prune.isPending || candidates.isFetching,
                  onClick: () => prune.mutate({ names: list.map((c) => c.name) }),
                }
          }
        />
      }
    >
      {done ? (
        <>
          <p role="status" className="resource-done">
            {t('volumeManage.pruneDone', {
              count: done.removed.length,
              size: formatBytes(done.spaceReclaimed),
            })}
          </p>
          {done.failed.length > 0 ? (
            <p className="inline-error" role="alert">
              {t('volumeManage.pruneKept', {
                reasons: done.failed.map((f) => `${f.name}: ${f.message}`).join('; '),
              })}
            </p>
          ) : null}
        </>
      ) : candidates.isFetching && !candidates.data ? (
        <p className="muted">{t('common.loading')}</p>
      ) : list.length === 0 && !candidates.error ? (
        <p className="muted">{t('volumeManage.pruneNothing')}</p>
      ) : list.length > 0 ? (
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
      {candidates.error || prune.error ? (
        <EngineError role="alert" message={errorText(candidates.error ?? prune.error)} />
      ) : null}
      <CommandLine command={volumePruneCommand()} />
    </Dialog>
  );
}
