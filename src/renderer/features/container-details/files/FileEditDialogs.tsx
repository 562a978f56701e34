// The Files tab's edit dialogs: a new folder (its name checked by the shared file-name grammar),
// a small file's text, and a delete that names what it deletes. Each shows its docker command.
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { deletePathCommand, makeFolderCommand, viewFileCommand } from '@shared/cli/stats-commands';
import { formatBytes } from '@shared/format/bytes';
import { fileNameProblem } from '@shared/ids/file-path';
import { useTRPC, useTRPCClient } from '@renderer/api/trpc';
import { CommandLine } from '@renderer/components/CommandLine';
import { ConfirmDialog, FormDialog } from '@renderer/components/Dialog';
import { TextField } from '@renderer/components/TextField';
import { EngineError } from '@renderer/features/errors/EngineError';

export function joinPath(folder: string, name: string): string {
  return `${folder.replace(/\/+$/, '')}/${name}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Busy and error state of one call the dialog makes; closes the dialog when it succeeds. */
function useCall(onDone: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (call: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await call();
      onDone();
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

function ErrorLine({ children }: { children: ReactNode }) {
  return (
    <p className="inline-error" role="alert">
      {children}
    </p>
  );
}

interface NewFolderProps {
  containerId: string;
  cliName: string;
  folder: string;
  /** Names already in the folder: a new folder cannot take one of them. */
  taken: string[];
  onClose: () => void;
  onDone: (path: string) => void;
}

export function NewFolderDialog({ containerId, cliName, folder, taken, onClose, onDone }: NewFolderProps) {
  const { t } = useTranslation();
  const client = useTRPCClient();
  const [name, setName] = useState('');
  const exists = taken.includes(name);
  const problem = fileNameProblem(name) ?? (exists ? 'exists' : null);
  const path = joinPath(folder, name || '…');
  const { busy, error, run } = useCall(() => onDone(joinPath(folder, name)));
  const submit = () => {
    if (problem || busy) return;
    void run(() => client.containers.files.mkdir.mutate({ id: containerId, path: joinPath(folder, name) }));
  };
  return (
    <FormDialog
      title={t('fileEdit.newFolderTitle', { path: folder })}
      onClose={onClose}
      width={520}
      submit={{ label: t('fileEdit.create'), disabled: !!problem || busy }}
      onSubmit={submit}
    >
      <TextField
        label={t('fileEdit.folderName')}
        value={name}
        onChange={setName}
        autoFocus
        mono={false}
        error={
          name !== '' && problem ? (exists ? t('fileEdit.exists', { name }) : t('fileEdit.badName')) : null
        }
      />
      {error ? <EngineError role="alert" message={error} /> : null}
      <CommandLine command={makeFolderCommand(cliName, path)} />
    </FormDialog>
  );
}

interface DeleteProps {
  containerId: string;
  cliName: string;
  path: string;
  folder: boolean;
  running: boolean;
  onClose: () => void;
  onDone: (path: string) => void;
}

export function DeleteEntryDialog({
  containerId,
  cliName,
  path,
  folder,
  running,
  onClose,
  onDone,
}: DeleteProps) {
  const { t } = useTranslation();
  const client = useTRPCClient();
  const name = path.split('/').pop() ?? path;
  const { busy, error, run } = useCall(() => onDone(path));
  return (
    <ConfirmDialog
      title={t('fileEdit.deleteTitle', { name })}
      width={560}
      onClose={onClose}
      confirm={{
        label: t('fileEdit.deleteConfirm'),
        danger: true,
        disabled: busy || !running,
        onClick: () => void run(() => client.containers.files.delete.mutate({ id: containerId, path })),
      }}
    >
      <p>{t(folder ? 'fileEdit.deleteFolder' : 'fileEdit.deleteFile', { path })}</p>
      {running ? null : <ErrorLine>{t('fileEdit.notRunning')}</ErrorLine>}
      {error ? <EngineError role="alert" message={error} /> : null}
      <CommandLine command={deletePathCommand(cliName, path)} />
    </ConfirmDialog>
  );
}

interface ViewProps {
  containerId: string;
  cliName: string;
  path: string;
  onClose: () => void;
}

export function ViewFileDialog({ containerId, cliName, path, onClose }: ViewProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const name = path.split('/').pop() ?? path;
  const view = useQuery({
    ...trpc.containers.files.view.queryOptions({ id: containerId, path }),
    retry: false,
    gcTime: 0,
  });
  return (
    <ConfirmDialog
      title={t('fileEdit.viewTitle', { path })}
      onClose={onClose}
      width={820}
      finished={t('common.close')}
    >
      {view.isLoading ? <p className="muted">{t('fileEdit.viewLoading')}</p> : null}
      {view.error ? (
        <ErrorLine>{t('fileEdit.viewFailed', { path, message: view.error.message })}</ErrorLine>
      ) : null}
      {view.data?.binary ? (
        <p role="status">{t('fileEdit.binary', { size: formatBytes(view.data.size) })}</p>
      ) : view.data && view.data.text === '' ? (
        <p className="muted">{t('fileEdit.emptyFile')}</p>
      ) : view.data ? (
        <pre className="file-view" tabIndex={0} aria-label={t('fileEdit.content', { name })}>
          {view.data.text}
        </pre>
      ) : null}
      <CommandLine command={viewFileCommand(cliName, path)} />
    </ConfirmDialog>
  );
}
