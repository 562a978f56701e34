// Open a compose file and bring the app up (`docker compose -p NAME -f FILE up -d`): the file is
// uploaded from this computer, or named by its path where Berth runs; the project name follows
// compose's grammar; --build and --pull are options. The tool's output goes to the Activity panel,
// and a failure is said here in the tool's own words.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { composeProjectSchema, hostPathSchema, type ComposeSource } from '@shared/api/compose';
import { composeToolCommand } from '@shared/cli/compose-commands';
import { transport } from '@renderer/api/client';
import { useTRPC } from '@renderer/api/trpc';
import { Dialog } from '@renderer/components/Dialog';
import { baseName, projectNameFrom } from './project-name';
import { useActivity } from '../activity/use-activities';
import { RunStatus } from './RunStatus';
import { useComposeRun } from './use-compose';

export function UpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const trpc = useTRPC();
  const policy = useQuery(trpc.settings.policy.queryOptions()).data;
  const [kind, setKind] = useState<'upload' | 'path'>('upload');
  const [upload, setUpload] = useState<{ name: string; content: string } | null>(null);
  const [file, setFile] = useState('');
  const [project, setProject] = useState('');
  const [build, setBuild] = useState(false);
  const [pull, setPull] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);
  const run = useComposeRun();
  const activity = useActivity(run.activityId);
  const picker = useMutation(trpc.compose.pickFile.mutationOptions());
  const choose = async () => {
    try {
      const { file: chosen } = await picker.mutateAsync();
      if (!chosen) return;
      setFile(chosen);
      if (!project) setProject(baseName(chosen));
    } catch (error) {
      setReadError(error instanceof Error ? error.message : String(error));
    }
  };

  const nameCheck = composeProjectSchema.safeParse(project);
  const pathCheck = hostPathSchema.safeParse(file);
  const source: ComposeSource | null =
    kind === 'upload'
      ? upload
        ? { kind: 'upload', fileName: upload.name, content: upload.content }
        : null
      : pathCheck.success
        ? { kind: 'path', file }
        : null;
  const ready = nameCheck.success && source !== null;
  const shownFile = kind === 'upload' ? (upload?.name ?? 'compose.yaml') : file || 'compose.yaml';
  const preview = composeToolCommand(project || 'NAME', [shownFile], 'up', { build, pull });
  const where = transport === 'ipc' ? t('compose.up.whereDesktop') : t('compose.up.whereServer');

  const pick = async (picked: File | undefined) => {
    setReadError(null);
    if (!picked) return setUpload(null);
    if (picked.size > 512 * 1024) return setReadError(t('compose.up.tooLarge'));
    try {
      setUpload({ name: picked.name, content: await picked.text() });
      if (!project) setProject(projectNameFrom(picked.name) || 'app');
    } catch {
      setReadError(t('compose.up.readFailed'));
    }
  };

  const submit = () => {
    if (!ready || !source) return;
    void run.start({ project, source, action: 'up', build, pull });
  };

  return (
    <Dialog
      title={t('compose.up.title')}
      open
      onClose={onClose}
      footer={
        <>
          <button type="button" className="secondary-button" onClick={onClose}>
            {t('common.close')}
          </button>
          <button type="button" className="primary-button" disabled={!ready || run.starting} onClick={submit}>
            {t('compose.up.submit')}
          </button>
        </>
      }
    >
      <fieldset className="compose-source">
        <legend>{t('compose.up.source')}</legend>
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'upload'}
            onChange={() => setKind('upload')}
          />
          {t('compose.up.fromUpload')}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'path'}
            onChange={() => setKind('path')}
          />
          {t('compose.up.fromPath', { where })}
        </label>
      </fieldset>
      {kind === 'upload' ? (
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('compose.up.uploadFile')}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".yaml,.yml,application/yaml,text/yaml"
            onChange={(event) => void pick(event.target.files?.[0])}
          />
          <p className="help">{t('compose.up.uploadHelp')}</p>
          {readError ? <p className="field-error">{readError}</p> : null}
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-path`}>{t('compose.up.path')}</label>
          <input
            id={`${id}-path`}
            className="mono"
            value={file}
            spellCheck={false}
            placeholder="/home/me/app/compose.yaml"
            aria-invalid={file && !pathCheck.success ? true : undefined}
            onChange={(event) => {
              setFile(event.target.value);
              if (!project || project === baseName(file)) setProject(baseName(event.target.value));
            }}
          />
          {transport === 'ipc' ? (
            <button
              type="button"
              className="secondary-button"
              disabled={picker.isPending}
              onClick={() => void choose()}
            >
              {t('compose.up.choose')}
            </button>
          ) : null}
          <p className="help">
            {policy?.webMode
              ? t('compose.up.pathHelpWeb', { roots: policy.buildRoots.join(', ') || '—' })
              : t('compose.up.pathHelp')}
          </p>
          {file && !pathCheck.success ? (
            <p className="field-error">{pathCheck.error.issues[0]?.message}</p>
          ) : null}
          {readError ? <p className="field-error">{readError}</p> : null}
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-project`}>{t('compose.up.project')}</label>
        <input
          id={`${id}-project`}
          className="mono"
          value={project}
          spellCheck={false}
          aria-invalid={project && !nameCheck.success ? true : undefined}
          aria-describedby={`${id}-project-help`}
          onChange={(event) => setProject(event.target.value)}
        />
        <p id={`${id}-project-help`} className="help">
          {t('compose.up.projectHelp')}
        </p>
        {project && !nameCheck.success ? (
          <p className="field-error">{t('compose.up.projectInvalid')}</p>
        ) : null}
      </div>
      <div className="compose-options">
        <label>
          <input type="checkbox" checked={build} onChange={(event) => setBuild(event.target.checked)} />
          {t('compose.up.build')}
        </label>
        <label>
          <input type="checkbox" checked={pull} onChange={(event) => setPull(event.target.checked)} />
          {t('compose.up.pull')}
        </label>
      </div>
      {run.activityId || run.error ? (
        <RunStatus activityId={run.activityId} command={run.command} error={run.error} />
      ) : (
        <p className="muted compose-preview">
          <code className="command">{preview}</code>
        </p>
      )}
      {activity?.state === 'succeeded' && nameCheck.success ? (
        <p>
          <Link to={`/compose/${encodeURIComponent(project)}`} onClick={onClose}>
            {t('compose.up.openProject', { name: project })}
          </Link>
        </p>
      ) : null}
    </Dialog>
  );
}
