// Prune: choose dangling or all unused, see exactly which images go (and their size), then
// delete; the engine's reclaimed space is reported.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PruneCandidate, PruneMode } from '@shared/api/images-transfer';
import { pruneImagesCommand } from '@shared/cli/image-commands';
import { formatBytes } from '@shared/format/bytes';
import { shortId } from '@shared/format/time';
import { useTRPC } from '@renderer/api/trpc';
import { PreviewDialog } from '@renderer/components/PreviewDialog';
import { VirtualTable, type Column } from '@renderer/components/VirtualTable';
import { errorText } from './errors';

export function PruneDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [mode, setMode] = useState<PruneMode>('dangling');
  const candidates = useQuery({ ...trpc.images.pruneCandidates.queryOptions({ mode }), staleTime: 0 });
  const prune = useMutation(trpc.images.prune.mutationOptions());
  const list = candidates.data ?? [];
  const size = list.reduce((sum, c) => sum + c.size, 0);

  const columns: Column<PruneCandidate>[] = [
    {
      id: 'name',
      header: t('images.columns.repository'),
      width: 'minmax(200px, 3fr)',
      cell: (c) => <span className="truncate mono-ish">{c.repoTags.join(', ') || '<none>'}</span>,
    },
    {
      id: 'id',
      header: t('images.columns.id'),
      width: '120px',
      cell: (c) => <span className="mono muted">{shortId(c.id)}</span>,
    },
    {
      id: 'size',
      header: t('images.columns.size'),
      width: '90px',
      align: 'end',
      cell: (c) => formatBytes(c.size),
    },
  ];

  const done = prune.data;
  return (
    <PreviewDialog
      title={t('images.prune.title')}
      width={640}
      onClose={onClose}
      finishLabel={t('images.prune.finish')}
      confirm={{
        label: t('images.prune.submit', { count: list.length }),
        disabled: list.length === 0 || prune.isPending || candidates.isFetching,
        onClick: () => prune.mutate({ mode, ids: list.map((c) => c.id) }),
      }}
      outcome={
        done && {
          done: t('images.prune.done', {
            count: done.deleted.length,
            size: formatBytes(done.spaceReclaimed),
          }),
          kept:
            done.failed.length > 0
              ? t('images.prune.kept', {
                  count: done.failed.length,
                  reasons: done.failed.map((f) => `${shortId(f.id)}: ${f.message}`).join('; '),
                })
              : null,
        }
      }
      options={
        <div className="segmented prune-mode" role="radiogroup" aria-label={t('images.prune.mode')}>
          {(['dangling', 'unused'] as const).map((value) => (
            <button
              key={value}
              type="button"
              role="radio"
              aria-checked={mode === value}
              disabled={!!done}
              onClick={() => {
                setMode(value);
                prune.reset();
              }}
            >
              {t(`images.prune.${value}`)}
            </button>
          ))}
        </div>
      }
      nothing={list.length === 0 && !candidates.isFetching ? t('images.prune.nothing') : null}
      error={candidates.error || prune.error ? errorText(candidates.error ?? prune.error) : null}
      command={pruneImagesCommand(mode)}
    >
      <p>{t('images.prune.willDelete', { count: list.length, size: formatBytes(size) })}</p>
      <div className="resource-prune-list">
        <VirtualTable
          label={t('images.prune.title')}
          rows={list}
          columns={columns}
          rowKey={(c) => c.id}
          rowLabel={(c) => c.repoTags[0] ?? shortId(c.id)}
          rowHeight={34}
        />
      </div>
    </PreviewDialog>
  );
}
