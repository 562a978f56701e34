// The Files tab of a container's page: browse its file system (running or stopped) through the
// archive API, download files and folders, and upload by picker or drag and drop (docker cp).
import { useQuery } from '@tanstack/react-query';
import {
  ArrowUp,
  Download,
  Eye,
  File,
  Folder,
  FolderPlus,
  FileSymlink,
  RefreshCw,
  Trash2,
  Upload,
} from 'lucide-react';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { copyInCommand, copyOutCommand } from '@shared/cli/stats-commands';
import { formatBytes } from '@shared/format/bytes';
import { UPLOAD_MAX_BYTES, VIEW_MAX_BYTES, type FileEntry } from '@shared/api/container-files';
import { findContainer } from '@shared/api';
import { useContainers } from '@renderer/api/hooks';
import { useTRPC, useTRPCClient } from '@renderer/api/trpc';
import { CommandLine } from '@renderer/components/CommandLine';
import { IconButton } from '@renderer/components/IconButton';
import { ToolbarButton } from '@renderer/components/ResourcePage';
import { Breadcrumb } from '../files/Breadcrumb';
import { FileTable } from '../files/FileTable';
import {
  DeleteEntryDialog,
  NewFolderDialog,
  ViewFileDialog,
  joinPath as join,
} from '../files/FileEditDialogs';
import { downloadEntry, uploadFile } from '../files/transfer';
import { TransferList } from '../files/TransferList';
import { useTransfers } from '../files/use-transfers';
import '../files/files.css';

type EditDialog =
  | { kind: 'mkdir' }
  | { kind: 'view'; path: string }
  | { kind: 'delete'; path: string; folder: boolean }
  | null;

function parent(path: string): string {
  return path.replace(/\/[^/]+\/?$/, '') || '/';
}

const kindOrder = { directory: 0, symlink: 1, file: 2, other: 3 } as const;

export function FilesTab({ containerId }: { containerId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const { data: containers } = useContainers();
  const container = findContainer(containers, containerId);
  const cliName = container?.name ?? containerId;
  const [path, setPath] = useState('/');
  const [dragging, setDragging] = useState(false);
  const [dialog, setDialog] = useState<EditDialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const pickerRef = useRef<HTMLInputElement>(null);
  const { transfers, begin, update, dismiss } = useTransfers();

  const listing = useQuery({
    ...trpc.containers.files.list.queryOptions({ id: containerId, path }),
    retry: false,
  });
  const entries = [...(listing.data?.entries ?? [])].sort(
    (a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.name.localeCompare(b.name),
  );

  const open = (entry: FileEntry) => {
    if (entry.kind === 'directory') setPath(join(path, entry.name));
  };

  const download = async (entry: FileEntry) => {
    const target = join(path, entry.name);
    const fileName = entry.kind === 'directory' ? `${entry.name}.tar` : entry.name;
    const id = begin({
      kind: 'download',
      name: entry.name,
      total: null,
      command: copyOutCommand(cliName, target, entry.kind === 'directory' ? entry.name : fileName),
    });
    try {
      const result = await downloadEntry(
        client,
        { id: containerId, path: target, kind: entry.kind },
        (bytes) => update(id, { bytes }),
      );
      update(id, { state: 'done', bytes: result.bytes });
    } catch (error) {
      update(id, { state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const upload = async (files: FileList | File[]) => {
    const folder = path;
    for (const file of Array.from(files)) {
      const id = begin({
        kind: 'upload',
        name: file.name,
        total: file.size,
        command: copyInCommand(cliName, file.name, folder),
      });
      if (file.size > UPLOAD_MAX_BYTES) {
        update(id, {
          state: 'failed',
          message: t('containerFiles.tooLarge', { name: file.name, limit: formatBytes(UPLOAD_MAX_BYTES) }),
        });
        continue;
      }
      try {
        const result = await uploadFile(client, { id: containerId, folder, file }, (bytes) =>
          update(id, { bytes }),
        );
        update(id, { state: 'done', bytes: file.size, message: result.path });
      } catch (error) {
        update(id, { state: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    }
    void listing.refetch();
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (event.dataTransfer.files.length > 0) void upload(event.dataTransfer.files);
  };

  const name = (entry: FileEntry) => (
    <span className="file-name">
      {entry.kind === 'directory' ? (
        <Folder size={16} aria-hidden="true" className="file-icon folder" />
      ) : entry.kind === 'symlink' ? (
        <FileSymlink size={16} aria-hidden="true" className="file-icon" />
      ) : (
        <File size={16} aria-hidden="true" className="file-icon" />
      )}
      {entry.kind === 'directory' ? (
        <button type="button" className="link-button file-link" onClick={() => open(entry)}>
          {entry.name}
        </button>
      ) : (
        <span className="truncate">{entry.name}</span>
      )}
      {entry.linkTarget ? (
        <span className="muted mono link-target">
          {t('containerFiles.linkTo', { target: entry.linkTarget })}
        </span>
      ) : null}
    </span>
  );

  const actions = (entry: FileEntry) => (
    <span className="file-row-actions">
      {entry.kind === 'file' && entry.size <= VIEW_MAX_BYTES ? (
        <IconButton
          label={t('fileEdit.view', { name: entry.name })}
          icon={Eye}
          onClick={() => setDialog({ kind: 'view', path: join(path, entry.name) })}
        />
      ) : null}
      <IconButton
        label={t('containerFiles.download', { name: entry.name })}
        icon={Download}
        onClick={() => void download(entry)}
      />
      <IconButton
        label={t('fileEdit.delete', { name: entry.name })}
        icon={Trash2}
        onClick={() =>
          setDialog({ kind: 'delete', path: join(path, entry.name), folder: entry.kind === 'directory' })
        }
      />
    </span>
  );

  const edited = (message: string) => {
    setDialog(null);
    setNotice(message);
    void listing.refetch();
  };

  const empty = listing.isLoading
    ? t('containerFiles.loading')
    : listing.error
      ? null
      : t('containerFiles.empty');

  return (
    <div
      className={`files-tab${dragging ? ' dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <div className="files-toolbar">
        <IconButton
          label={t('containerFiles.up')}
          icon={ArrowUp}
          disabled={path === '/'}
          onClick={() => setPath(parent(path))}
        />
        <Breadcrumb path={path} onOpen={setPath} />
        <div className="files-actions">
          <IconButton
            label={t('containerFiles.refresh')}
            icon={RefreshCw}
            onClick={() => void listing.refetch()}
          />
          <ToolbarButton
            icon={FolderPlus}
            label={t('fileEdit.newFolder')}
            onClick={() => setDialog({ kind: 'mkdir' })}
          />
          <ToolbarButton
            icon={Upload}
            label={t('containerFiles.upload')}
            onClick={() => pickerRef.current?.click()}
          />
          <input
            ref={pickerRef}
            type="file"
            multiple
            hidden
            aria-label={t('containerFiles.upload')}
            onChange={(event) => {
              if (event.target.files?.length) void upload(event.target.files);
              event.target.value = '';
            }}
          />
        </div>
      </div>

      {listing.error ? (
        <p className="inline-error" role="alert">
          {t('containerFiles.loadFailed', { path, message: listing.error.message })}
        </p>
      ) : null}
      {listing.data?.truncated ? (
        <p className="muted files-note" role="status">
          {t('containerFiles.truncated', { count: listing.data.entries.length })}
        </p>
      ) : null}

      {notice ? (
        <p className="muted files-note" role="status">
          {notice}
        </p>
      ) : null}

      <TransferList transfers={transfers} folder={path} onDismiss={dismiss} />

      <div className="files-table">
        <FileTable
          label={t('containerFiles.label')}
          entries={entries}
          name={name}
          showMode
          actions={actions}
          actionsWidth="116px"
          rowHeight={38}
          empty={empty}
        />
        {dragging ? (
          <div className="files-drop" aria-hidden="true">
            {t('containerFiles.dropHint', { path })}
          </div>
        ) : null}
      </div>

      <div className="files-commands">
        <CommandLine
          label={t('containerFiles.dockerCopyOut')}
          command={copyOutCommand(cliName, path, path === '/' ? 'root' : path.split('/').pop()!)}
        />
        <CommandLine
          label={t('containerFiles.dockerCopyIn')}
          command={copyInCommand(cliName, 'FILE', path)}
        />
      </div>

      {dialog?.kind === 'mkdir' ? (
        <NewFolderDialog
          containerId={containerId}
          cliName={cliName}
          folder={path}
          taken={entries.map((entry) => entry.name)}
          onClose={() => setDialog(null)}
          onDone={(made) => edited(t('fileEdit.made', { path: made }))}
        />
      ) : dialog?.kind === 'view' ? (
        <ViewFileDialog
          containerId={containerId}
          cliName={cliName}
          path={dialog.path}
          onClose={() => setDialog(null)}
        />
      ) : dialog?.kind === 'delete' ? (
        <DeleteEntryDialog
          containerId={containerId}
          cliName={cliName}
          path={dialog.path}
          folder={dialog.folder}
          running={container?.state === 'running'}
          onClose={() => setDialog(null)}
          onDone={(gone) => edited(t('fileEdit.deleted', { path: gone }))}
        />
      ) : null}
    </div>
  );
}
