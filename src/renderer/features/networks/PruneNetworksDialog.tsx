// Prune: the unused networks first (never bridge, host or none); Remove takes exactly those.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { networkPruneCommand } from '../../../shared/cli/network-commands';
import { useTRPC } from '../../api/trpc';
import { CommandLine } from '../../components/CommandLine';
import { Dialog, DialogActions } from '../../components/Dialog';
import { EngineError } from '../errors/EngineError';
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
    <Dialog
      title={t('networkManage.pruneTitle')}
      open
      onClose={onClose}
      width={560}
      footer={
        <DialogActions
          onCancel={onClose}
          cancelLabel={done ? t('networkManage.finish') : undefined}
          confirm={
            done
              ? undefined
              : {
                  label: t('networkManage.pruneSubmit', { count: list.length }),
                  danger: true,
                  disabled: list.length === 0 || prune.isPending || candidates.isFetching,
                  onClick: () => prune.mutate({ ids: list.map((c) => c.id) }),
                }
          }
        />
      }
    >
      {done ? (
        <>
          <p role="status" className="resource-done">
            {t('networkManage.pruneDone', { count: done.removed.length })}
          </p>
          {done.failed.length > 0 ? (
            <p className="inline-error" role="alert">
              {t('networkManage.pruneKept', {
                reasons: done.failed.map((f) => `${f.id.slice(0, 12)}: ${f.message}`).join('; '),
              })}
            </p>
          ) : null}
        </>
      ) : candidates.isLoading ? (
        <p className="muted">{t('common.loading')}</p>
      ) : list.length === 0 && !candidates.error ? (
        <p className="muted">{t('networkManage.pruneNothing')}</p>
      ) : list.length > 0 ? (
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
      {candidates.error || prune.error ? (
        <EngineError role="alert" message={errorText(candidates.error ?? prune.error)} />
      ) : null}
      <CommandLine command={networkPruneCommand()} />
    </Dialog>
  );
}
