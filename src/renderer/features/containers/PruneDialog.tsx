// "Remove stopped": lists exactly which containers will go, removes exactly those once
// confirmed, then says what was removed, what was not (in the engine's words) and the space freed.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '@shared/api';
import { pruneCommand } from '@shared/cli/container-commands';
import { formatBytes } from '@shared/format/bytes';
import { useTRPC } from '@renderer/api/trpc';
import { CommandLine } from '@renderer/components/CommandLine';
import { Dialog, DialogActions } from '@renderer/components/Dialog';
import { TargetList } from './TargetList';
import { EngineError } from '../errors/EngineError';

export function PruneDialog({
  candidates,
  onClose,
}: {
  candidates: ContainerSummary[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  // The list the user reads is the list that gets removed, even if the engine changes meanwhile.
  const [targets] = useState(candidates);
  const prune = useMutation(trpc.containers.prune.mutationOptions());
  const names = new Map(targets.map((c) => [c.id, c.name]));
  const result = prune.data;

  const footer = result ? (
    <button type="button" className="primary-button" onClick={onClose}>
      {t('common.close')}
    </button>
  ) : (
    <DialogActions
      onCancel={onClose}
      confirm={{
        label: t('lifecycle.pruneDialog.confirm', { count: targets.length }),
        danger: true,
        disabled: targets.length === 0 || prune.isPending,
        onClick: () => prune.mutate({ ids: targets.map((c) => c.id) }),
      }}
    />
  );

  return (
    <Dialog open title={t('lifecycle.pruneDialog.title')} onClose={onClose} width={560} footer={footer}>
      {targets.length === 0 ? (
        <p>{t('lifecycle.pruneDialog.none')}</p>
      ) : (
        <>
          <p>{t('lifecycle.pruneDialog.intro', { count: targets.length })}</p>
          <TargetList label={t('lifecycle.pruneDialog.title')} targets={targets} detail />
          <CommandLine command={pruneCommand(targets.map((c) => c.name))} />
        </>
      )}
      {prune.error ? <EngineError role="alert" message={prune.error.message} /> : null}
      {result ? (
        <div role="status" className="prune-result">
          <p>
            {t('lifecycle.pruneDialog.result', {
              count: result.removed.length,
              size: formatBytes(result.spaceReclaimed),
            })}
          </p>
          {result.failed.map((failure) => (
            <p key={failure.id} className="inline-error">
              {t('lifecycle.pruneDialog.failed', {
                name: names.get(failure.id) ?? failure.id,
                message: failure.message,
              })}
            </p>
          ))}
        </div>
      ) : null}
    </Dialog>
  );
}
