// A volume's files: folders open, files download (folders as .tar), upload into the folder in
// view, make a folder, and delete after a confirmation that names the path.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Download, Folder, FolderPlus, Trash2, Upload } from 'lucide-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileEntry } from '@shared/api/container-files';
import { fileNameProblem } from '@shared/ids/file-path';
import { formatBytes } from '@shared/format/bytes';
import { useTRPC, useTRPCClient } from '@renderer/api/trpc';
import { Dialog, DialogActions } from '@renderer/components/Dialog';
import { IconButton } from '@renderer/components/IconButton';
import { Breadcrumb } from '../container-details/files/Breadcrumb';
import { FileTable } from '../container-details/files/FileTable';
import '../container-details/files/files.css';
import { EngineError } from '../errors/EngineError';
import { errorText } from '../images/errors';
import { useHelperImage } from './use-helper-image';
import { downloadVolumeEntry, uploadVolumeFile } from './volume-files';

const join = (folder: string, name: string) => `${folder.replace(/\/+$/, '')}/${name}`;

export function BrowseDialog({ name, onClose }: { name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const image = useHelperImage();
  const fileInput = useRef<HTMLInputElement>(null);
  const folderId = useId();
  const [path, setPath] = useState('/');
  const [folder, setFolder] = useState('');
  const [said, setSaid] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState<string | null>(null);
  const listing = useQuery({ ...trpc.volumes.files.list.queryOptions({ name, path }), staleTime: 0 });
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.volumes.files.list.queryKey({ name, path }) });

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setProblem(null);
    setSaid(null);
    try {
      setSaid(await work());
      await refresh();
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const makeFolder = (event: FormEvent) => {
    event.preventDefault();
    const target = join(path, folder.trim());
    void run(async () => {
      await client.volumes.files.mkdir.mutate({ name, path: target });
      setFolder('');
      return t('volumeManage.folderMade', { path: target });
    });
  };

  const entryName = (entry: FileEntry) =>
    entry.kind === 'directory' ? (
      <button
        type="button"
        className="link-button with-icon"
        aria-label={t('containerFiles.open', { name: entry.name })}
        onClick={() => setPath(join(path, entry.name))}
      >
        <Folder size={15} aria-hidden="true" /> {entry.name}
      </button>
    ) : (
      <span className="mono-ish truncate">{entry.name}</span>
    );

  const download = (entry: FileEntry) =>
    run(async () => {
      const done = await downloadVolumeEntry(client, { name, path: join(path, entry.name) });
      return t('containerFiles.downloaded', { name: done.fileName, size: formatBytes(done.bytes) });
    });

  const actions = (entry: FileEntry) => (
    <div className="row-actions">
      <IconButton
        label={t('containerFiles.download', { name: entry.name })}
        icon={Download}
        onClick={() => void download(entry)}
      />
      <IconButton
        label={t('volumeManage.deleteEntry', { name: entry.name })}
        icon={Trash2}
        danger
        onClick={() => setDeleting(join(path, entry.name))}
      />
    </div>
  );

  const folderProblem = folder.trim() ? fileNameProblem(folder.trim()) : null;
  return (
    <Dialog title={t('volumeManage.browseTitle', { name })} open onClose={onClose} width={820}>
      <p className="help">{t('volumeManage.browseNote', { image })}</p>
      <div className="toolbar">
        <Breadcrumb path={path} onOpen={setPath} />
        <div className="toolbar-spacer" />
        <input
          ref={fileInput}
          type="file"
          multiple
          hidden
          aria-label={t('containerFiles.upload')}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            void run(async () => {
              for (const file of files) await uploadVolumeFile(client, { name, folder: path, file });
              return files.map((file) => t('containerFiles.uploaded', { name: file.name, path })).join(' ');
            });
          }}
        />
        <button
          type="button"
          className="secondary-button with-icon"
          disabled={busy}
          onClick={() => fileInput.current?.click()}
        >
          <Upload size={15} aria-hidden="true" />
          {t('containerFiles.upload')}
        </button>
      </div>
      <form className="toolbar browse-toolbar" onSubmit={makeFolder} noValidate>
        <label htmlFor={folderId} className="visually-hidden">
          {t('volumeManage.folderName')}
        </label>
        <input
          id={folderId}
          className="boxed-input mono"
          placeholder={t('volumeManage.newFolder')}
          value={folder}
          aria-invalid={folderProblem ? true : undefined}
          onChange={(event) => setFolder(event.target.value)}
        />
        <button
          type="submit"
          className="secondary-button with-icon"
          disabled={busy || !folder.trim() || !!folderProblem}
        >
          <FolderPlus size={15} aria-hidden="true" />
          {t('volumeManage.makeFolder')}
        </button>
        {folderProblem ? <span className="field-error">{folderProblem}</span> : null}
      </form>
      <div className="resource-prune-list" style={{ height: 320 }}>
        <FileTable
          label={t('volumeManage.browseTitle', { name })}
          entries={listing.data?.entries ?? []}
          name={entryName}
          actions={actions}
          actionsWidth="90px"
          rowHeight={36}
          empty={listing.isLoading ? t('containerFiles.loading') : t('containerFiles.empty')}
        />
      </div>
      {listing.error ? (
        <EngineError
          role="alert"
          message={t('containerFiles.loadFailed', { path, message: errorText(listing.error) })}
        />
      ) : null}
      {said ? (
        <p role="status" className="resource-done">
          {said}
        </p>
      ) : null}
      {problem ? <EngineError role="alert" message={problem} /> : null}
      {deleting ? (
        <Dialog
          title={t('volumeManage.deleteTitle', { path: deleting })}
          open
          onClose={() => setDeleting(null)}
          width={480}
          footer={
            <DialogActions
              onCancel={() => setDeleting(null)}
              confirm={{
                label: t('volumeManage.deleteSubmit'),
                danger: true,
                disabled: busy,
                onClick: () => {
                  const target = deleting;
                  setDeleting(null);
                  void run(async () => {
                    await client.volumes.files.delete.mutate({ name, path: target });
                    return t('volumeManage.deleted', { path: target });
                  });
                },
              }}
            />
          }
        >
          <p>{t('volumeManage.deleteIntro', { path: deleting, name })}</p>
        </Dialog>
      ) : null}
    </Dialog>
  );
}
