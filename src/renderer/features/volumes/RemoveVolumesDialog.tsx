// Remove volumes after a confirmation that names each one; a volume in use is refused by the
// engine and its row says which containers hold it.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { volumeRemoveCommand } from '@shared/cli/volume-commands';
import { useTRPC } from '@renderer/api/trpc';
import { CommandLine } from '@renderer/components/CommandLine';
import { ConfirmDialog } from '@renderer/components/Dialog';
import { EngineError } from '../errors/EngineError';
import { errorText } from '../images/errors';

type Outcome = { ok: true } | { ok: false; message: string };

export function RemoveVolumesDialog({ names, onClose }: { names: string[]; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const remove = useMutation(trpc.volumes.remove.mutationOptions());
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [running, setRunning] = useState(false);
  const finished = Object.keys(outcomes).length === names.length;

  const run = async () => {
    setRunning(true);
    for (const name of names) {
      try {
        await remove.mutateAsync({ name });
        setOutcomes((previous) => ({ ...previous, [name]: { ok: true } }));
      } catch (error) {
        setOutcomes((previous) => ({ ...previous, [name]: { ok: false, message: errorText(error) } }));
      }
    }
    setRunning(false);
  };

  const allOk = finished && Object.values(outcomes).every((outcome) => outcome.ok);
  return (
    <ConfirmDialog
      title={t('volumeManage.removeTitle', { count: names.length })}
      onClose={onClose}
      width={560}
      finished={finished ? t('volumeManage.finish') : null}
      confirm={{
        label: t('volumeManage.removeSubmit', { count: names.length }),
        danger: true,
        disabled: running,
        onClick: () => void run(),
      }}
    >
      <p>{t('volumeManage.removeIntro')}</p>
      <ul className="used-by" aria-label={t('volumeManage.removeTitle', { count: names.length })}>
        {names.map((name) => {
          const outcome = outcomes[name];
          return (
            <li key={name}>
              <span className="mono-ish">{name}</span>
              {outcome?.ok ? <span className="ok-text">{t('volumeManage.removed')}</span> : null}
              {outcome && !outcome.ok ? <EngineError role="alert" message={outcome.message} /> : null}
            </li>
          );
        })}
      </ul>
      {allOk ? (
        <p role="status" className="resource-done">
          {t('volumeManage.removed')}
        </p>
      ) : null}
      <CommandLine command={volumeRemoveCommand(names)} />
    </ConfirmDialog>
  );
}
