// Restore a .tar.gz into a new or an empty volume. A volume that holds files is only written over
// after a second step that names what is there.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VolumeContents } from '@shared/api/volumes-manage';
import { volumeRestoreCommand } from '@shared/cli/volume-commands';
import { formatBytes } from '@shared/format/bytes';
import { volumeNameSchema } from '@shared/ids/engine-names';
import { useTRPCClient } from '@renderer/api/trpc';
import { CommandLine } from '@renderer/components/CommandLine';
import { Dialog, DialogActions } from '@renderer/components/Dialog';
import { TextField } from '@renderer/components/TextField';
import { EngineError } from '../errors/EngineError';
import { errorText } from '../images/errors';
import { useHelperImage } from './use-helper-image';
import { uploadBackup } from './volume-transfer';

type Phase =
  | { step: 'form' }
  | { step: 'confirm'; contents: VolumeContents }
  | { step: 'uploading'; sent: number }
  | { step: 'unpacking' }
  | { step: 'done'; pulledHelper: boolean }
  | { step: 'failed'; message: string };

/** "data.tar.gz" -> "data": a starting name for a new volume. */
function nameFromFile(file: string): string {
  const base = file.replace(/\.(tar\.gz|tgz|tar)$/i, '').replace(/[^a-zA-Z0-9_.-]/g, '-');
  return /^[a-zA-Z0-9]/.test(base) ? base : `restored-${base}`;
}

export function RestoreDialog({ into, onClose }: { into?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useTRPCClient();
  const image = useHelperImage();
  const formId = useId();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState(into ?? '');
  const [phase, setPhase] = useState<Phase>({ step: 'form' });
  const target = name.trim();
  const nameError = target ? (volumeNameSchema.safeParse(target).error?.issues[0]?.message ?? null) : null;
  const busy = phase.step === 'uploading' || phase.step === 'unpacking';

  const restore = async (overwrite: boolean) => {
    if (!file) return;
    try {
      setPhase({ step: 'uploading', sent: 0 });
      const uploadId = await uploadBackup(client, file, (sent) => setPhase({ step: 'uploading', sent }));
      setPhase({ step: 'unpacking' });
      const result = await client.volumes.restore.finish.mutate({ uploadId, name: target, overwrite });
      setPhase({ step: 'done', pulledHelper: result.pulledHelper });
    } catch (error) {
      setPhase({ step: 'failed', message: errorText(error) });
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || !target || nameError || busy) return;
    try {
      const contents = await client.volumes.restore.contents.query({ name: target });
      if (contents.exists && contents.entries.length > 0) setPhase({ step: 'confirm', contents });
      else await restore(false);
    } catch (error) {
      setPhase({ step: 'failed', message: errorText(error) });
    }
  };

  const confirming = phase.step === 'confirm';
  return (
    <Dialog
      title={
        confirming
          ? t('volumeManage.restoreOverwriteTitle', { name: target })
          : into
            ? t('volumeManage.restoreIntoTitle', { name: into })
            : t('volumeManage.restoreTitle')
      }
      open
      onClose={onClose}
      width={600}
      footer={
        <DialogActions
          onCancel={confirming ? () => setPhase({ step: 'form' }) : onClose}
          cancelLabel={phase.step === 'done' ? t('volumeManage.finish') : undefined}
          confirm={
            phase.step === 'done'
              ? undefined
              : confirming
                ? {
                    label: t('volumeManage.restoreOverwrite'),
                    danger: true,
                    onClick: () => void restore(true),
                  }
                : {
                    label: t('volumeManage.restoreSubmit'),
                    form: formId,
                    disabled: !file || !target || !!nameError || busy,
                  }
          }
        />
      }
    >
      {confirming ? (
        <>
          <p>{t('volumeManage.restoreOverwriteTitle', { name: target })}</p>
          <ul className="used-by" aria-label={t('volumeManage.restoreOverwriteTitle', { name: target })}>
            {phase.contents.entries.map((entry) => (
              <li key={entry} className="mono-ish">
                {entry}
              </li>
            ))}
            {phase.contents.more ? <li>…</li> : null}
          </ul>
        </>
      ) : (
        <form id={formId} onSubmit={(event) => void submit(event)} noValidate>
          <div className="field">
            <label htmlFor={fileId}>{t('volumeManage.restoreFile')}</label>
            <input
              id={fileId}
              type="file"
              accept=".gz,.tgz,.tar,application/gzip,application/x-tar"
              disabled={busy}
              onChange={(event) => {
                const chosen = event.target.files?.[0] ?? null;
                setFile(chosen);
                if (chosen && !into && !name) setName(nameFromFile(chosen.name));
                setPhase({ step: 'form' });
              }}
            />
          </div>
          <TextField
            label={t('volumeManage.restoreTarget')}
            value={name}
            readOnly={!!into}
            error={nameError}
            help={t('volumeManage.restoreTargetHelp')}
            onChange={(value) => {
              setName(value);
              setPhase({ step: 'form' });
            }}
          />
        </form>
      )}
      {phase.step === 'uploading' && file ? (
        <p role="status">
          {t('volumeManage.restoreUploading', {
            done: formatBytes(phase.sent),
            total: formatBytes(file.size),
          })}
        </p>
      ) : null}
      {phase.step === 'unpacking' ? <p role="status">{t('volumeManage.restoreUnpacking')}</p> : null}
      {phase.step === 'done' ? (
        <>
          {phase.pulledHelper ? (
            <p className="warn-text">{t('volumeManage.helperPulled', { image })}</p>
          ) : null}
          <p role="status" className="resource-done">
            {t('volumeManage.restoreDone', { name: target })}
          </p>
        </>
      ) : null}
      {phase.step === 'failed' ? <EngineError role="alert" message={phase.message} /> : null}
      <CommandLine command={volumeRestoreCommand(target || 'VOLUME', image, file?.name ?? 'backup.tar.gz')} />
    </Dialog>
  );
}
