// Confirms removing containers: names what will be deleted, offers force and volumes, and shows
// the docker command before anything happens.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '@shared/api';
import { removeCommand } from '@shared/cli/container-commands';
import { CommandLine } from '@renderer/components/CommandLine';
import { ConfirmDialog } from '@renderer/components/Dialog';
import { TargetList } from './TargetList';

interface RemoveDialogProps {
  targets: ContainerSummary[];
  onClose: () => void;
  onConfirm: (options: { force: boolean; volumes: boolean }) => void;
}

export function RemoveDialog({ targets, onClose, onConfirm }: RemoveDialogProps) {
  const { t } = useTranslation();
  const running = targets.filter(
    (c) => c.state === 'running' || c.state === 'paused' || c.state === 'restarting',
  );
  const [force, setForce] = useState(running.length > 0);
  const [volumes, setVolumes] = useState(false);
  return (
    <ConfirmDialog
      title={t('lifecycle.removeDialog.title', { count: targets.length })}
      width={560}
      onClose={onClose}
      confirm={{
        label: t('lifecycle.removeDialog.confirm'),
        danger: true,
        onClick: () => onConfirm({ force, volumes }),
      }}
    >
      <p>{t('lifecycle.removeDialog.intro')}</p>
      <TargetList label={t('lifecycle.removeDialog.intro')} targets={targets} />
      {running.length > 0 ? (
        <p className="warn-note">{t('lifecycle.removeDialog.runningNote', { count: running.length })}</p>
      ) : null}
      <label className="check-row">
        <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} />
        {t('lifecycle.removeDialog.force')}
      </label>
      <label className="check-row">
        <input type="checkbox" checked={volumes} onChange={(e) => setVolumes(e.target.checked)} />
        {t('lifecycle.removeDialog.volumes')}
      </label>
      <CommandLine
        command={removeCommand(
          targets.map((c) => c.name),
          { force, volumes },
        )}
      />
    </ConfirmDialog>
  );
}
