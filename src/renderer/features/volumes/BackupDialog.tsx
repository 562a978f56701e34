// Back up a volume to a .tar.gz download, through the read-only helper; says when the helper had
// to be pulled.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backupFileName, volumeBackupCommand } from '@shared/cli/volume-commands';
import { formatBytes } from '@shared/format/bytes';
import { useTRPCClient } from '@renderer/api/trpc';
import { CommandLine } from '@renderer/components/CommandLine';
import { ConfirmDialog } from '@renderer/components/Dialog';
import { EngineError } from '../errors/EngineError';
import { errorText } from '../images/errors';
import { useHelperImage } from './use-helper-image';
import { downloadBackup } from './volume-transfer';

type State =
  | { phase: 'idle' }
  | { phase: 'running'; bytes: number }
  | { phase: 'done'; fileName: string; bytes: number }
  | { phase: 'failed'; message: string };

export function BackupDialog({ name, onClose }: { name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useTRPCClient();
  const image = useHelperImage();
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [pulled, setPulled] = useState(false);
  // The running backup's; closing the dialog leaves it (made per start: StrictMode remounts).
  const leave = useRef<AbortController | null>(null);
  useEffect(() => () => leave.current?.abort(), []);

  const start = () => {
    setState({ phase: 'running', bytes: 0 });
    leave.current = new AbortController();
    const progress = (bytes: number) => setState({ phase: 'running', bytes });
    downloadBackup(client, name, { pulledHelper: setPulled, progress }, leave.current.signal).then(
      (result) => setState({ phase: 'done', fileName: result.fileName, bytes: result.bytes }),
      (error: unknown) => setState({ phase: 'failed', message: errorText(error) }),
    );
  };

  return (
    <ConfirmDialog
      title={t('volumeManage.backupTitle', { name })}
      onClose={onClose}
      width={600}
      finished={state.phase === 'done' ? t('volumeManage.finish') : null}
      confirm={{ label: t('volumeManage.backupSubmit'), disabled: state.phase === 'running', onClick: start }}
    >
      <p>{t('volumeManage.backupIntro', { image })}</p>
      {pulled ? <p className="warn-text">{t('volumeManage.helperPulled', { image })}</p> : null}
      {state.phase === 'running' ? (
        <p role="status">{t('volumeManage.backupProgress', { size: formatBytes(state.bytes) })}</p>
      ) : null}
      {state.phase === 'done' ? (
        <p role="status" className="resource-done">
          {t('volumeManage.backupDone', { file: state.fileName, size: formatBytes(state.bytes) })}
        </p>
      ) : null}
      {state.phase === 'failed' ? <EngineError role="alert" message={state.message} /> : null}
      <CommandLine command={volumeBackupCommand(name, image, backupFileName(name))} />
    </ConfirmDialog>
  );
}
