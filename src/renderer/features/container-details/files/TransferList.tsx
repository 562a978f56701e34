// Progress and outcome of recent uploads and downloads, in words, each with its docker cp line.
import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '@shared/format/bytes';
import { CommandLine } from '@renderer/components/CommandLine';
import type { Transfer } from './use-transfers';

function describe(t: ReturnType<typeof useTranslation>['t'], transfer: Transfer, folder: string): string {
  const name = transfer.name;
  if (transfer.kind === 'download') {
    if (transfer.state === 'running')
      return t('containerFiles.downloading', { name, size: formatBytes(transfer.bytes) });
    if (transfer.state === 'done')
      return t('containerFiles.downloaded', { name, size: formatBytes(transfer.bytes) });
    return t('containerFiles.downloadFailed', { name, message: transfer.message });
  }
  if (transfer.state === 'running') {
    const percent = transfer.total ? Math.floor((transfer.bytes / transfer.total) * 100) : 0;
    return t('containerFiles.uploading', { name, percent });
  }
  if (transfer.state === 'done')
    return t('containerFiles.uploaded', { name, path: transfer.message ?? folder });
  return t('containerFiles.uploadFailed', { name, message: transfer.message });
}

export function TransferList({
  transfers,
  folder,
  onDismiss,
}: {
  transfers: Transfer[];
  folder: string;
  onDismiss: (id: number) => void;
}) {
  const { t } = useTranslation();
  if (transfers.length === 0) return null;
  return (
    <ul className="files-transfers">
      {transfers.map((transfer) => (
        <li key={transfer.id} className={`files-transfer transfer-${transfer.state}`}>
          <div className="files-transfer-line">
            <span role={transfer.state === 'failed' ? 'alert' : 'status'}>
              {describe(t, transfer, folder)}
            </span>
            {transfer.state === 'running' && transfer.total ? (
              <progress max={transfer.total} value={transfer.bytes} aria-label={transfer.name} />
            ) : null}
            {transfer.state !== 'running' ? (
              <button
                type="button"
                className="icon-button"
                aria-label={t('common.close')}
                onClick={() => onDismiss(transfer.id)}
              >
                <X size={14} aria-hidden="true" />
              </button>
            ) : null}
          </div>
          <CommandLine command={transfer.command} />
        </li>
      ))}
    </ul>
  );
}
