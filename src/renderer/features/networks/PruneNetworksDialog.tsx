// Prune: the unused networks first (never bridge, host or none); Remove takes exactly those.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { networkPruneCommand } from '@shared/cli/network-commands';
import { useTRPC } from '@renderer/api/trpc';
import { PreviewDialog } from '@renderer/components/PreviewDialog';
import { errorText } from '../images/errors';

export function PruneNetworksDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  // Taken once: a refetch would silently widen what the button removes.
  const candidates = useQuery({
    ...trpc.networks.pruneCandidates.queryOptions(),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnMount: 'always',
  });
  const prune = useMutation(trpc.networks.prune.mutationOptions());
  const list = candidates.data ?? [];
  const done = prune.data;
  return (
    <PreviewDialog
      title={t('networkManage.pruneTitle')}
      width={560}
      onClose={onClose}
      finishLabel={t('networkManage.finish')}
      confirm={{
        label: t('networkManage.pruneSubmit', { count: list.length }),
        disabled: list.length === 0 || prune.isPending || candidates.isFetching,
        onClick: () => prune.mutate({ ids: list.map((c) => c.id) }),
      }}
      outcome={
        done && {
          done: t('networkManage.pruneDone', { count: done.removed.length }),
          kept:
            done.failed.length > 0
              ? t('networkManage.pruneKept', {
                  reasons: done.failed.map((f) => `${f.id.slice(0, 12)}: ${f.message}`).join('; '),
                })
              : null,
        }
      }
      loading={candidates.isLoading}
      nothing={list.length === 0 && !candidates.error ? t('networkManage.pruneNothing') : null}
      error={candidates.error || prune.error ? errorText(candidates.error ?? prune.error) : null}
      command={networkPruneCommand()}
    >
      {list.length > 0 ? (
        <>
          <p>{t('networkManage.pruneWillDelete', { count: list.length })}</p>
          <ul className="used-by" aria-label={t('networkManage.pruneTitle')}>
            {list.map((c) => (
              <li key={c.id}>
                <span className="mono-ish">{c.name}</span>
                <span className="muted">{c.driver}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </PreviewDialog>
  );
}
