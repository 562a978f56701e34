// "Load" from a .tar made by `docker save`: pick a file, upload it in chunks, list what loaded.
import { CheckCircle2 } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '@shared/format/bytes';
import { loadCommand } from '@shared/cli/build-commands';
import { CommandLine } from '@renderer/components/CommandLine';
import { Dialog, DialogActions } from '@renderer/components/Dialog';
import { useImageUpload } from './use-image-upload';
import './image-load.css';

export function LoadDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const { state, upload, cancel, reset } = useImageUpload();
  const busy = state.phase === 'uploading' || state.phase === 'loading';

  const close = () => {
    if (busy) cancel();
    setFile(null);
    reset();
    onClose();
  };

  const footer = (
    <DialogActions
      onCancel={busy ? cancel : close}
      cancelLabel={busy ? t('imageLoad.cancel') : t('common.close')}
      cancelDisabled={state.phase === 'loading'}
      confirm={{
        label: t('imageLoad.start'),
        disabled: !file || busy,
        onClick: () =>
          file && void upload(file, { tooBig: t('imageLoad.tooBig'), empty: t('imageLoad.empty') }),
      }}
    />
  );

  return (
    <Dialog title={t('imageLoad.title')} open={open} onClose={close} footer={footer} width={560}>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('imageLoad.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".tar,.tar.gz,.tgz,application/x-tar"
          disabled={busy}
          aria-describedby={`${id}-help`}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            reset();
          }}
        />
        <p id={`${id}-help`} className="help">
          {file
            ? t('imageLoad.chosen', { name: file.name, size: formatBytes(file.size) })
            : t('imageLoad.fileHelp')}
        </p>
      </div>
      <CommandLine command={loadCommand(file?.name ?? 'image.tar')} />
      <div className="load-result">
        {state.phase === 'uploading' ? (
          <>
            <progress
              aria-label={t('imageLoad.progress')}
              max={state.total}
              value={state.done}
              className="load-progress"
            />
            <p role="status">
              {t('imageLoad.uploading', { done: formatBytes(state.done), total: formatBytes(state.total) })}
            </p>
          </>
        ) : null}
        {state.phase === 'loading' ? <p role="status">{t('imageLoad.loading')}</p> : null}
        {state.phase === 'loaded' ? (
          <div role="status" className="load-done">
            <CheckCircle2 size={16} aria-hidden="true" />
            <div>
              <strong>{t('imageLoad.loaded')}</strong>
              <ul aria-label={t('imageLoad.loaded')}>
                {state.loaded.map((name) => (
                  <li key={name} className="mono">
                    {name}
                  </li>
                ))}
              </ul>
            </div>
          </div>
        ) : null}
        {state.phase === 'failed' ? (
          <p role="alert" className="inline-error">
            {state.error}
          </p>
        ) : null}
      </div>
    </Dialog>
  );
}
