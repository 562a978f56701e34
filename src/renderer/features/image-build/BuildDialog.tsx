// The Build dialog: a form validated on its fields (a folder where the backend runs, or one
// uploaded from this computer in web mode), the equivalent
// `docker build` line, and the live output with Cancel. Closing while building cancels the build.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buildCommand } from '@shared/cli/build-commands';
import { formatBinaryBytes } from '@shared/format/bytes';
import { useTRPCClient } from '@renderer/api/trpc';
import { CommandLine } from '@renderer/components/CommandLine';
import { Dialog } from '@renderer/components/Dialog';
import { BuildForm } from './BuildForm';
import { BuildOutput } from './BuildOutput';
import {
  emptyBuildForm,
  hasErrors,
  toBuildInput,
  validateBuildForm,
  type BuildFormErrors,
  type BuildFormState,
} from './build-form';
import { useBuildRun } from './use-build-run';
import { useContextFolder } from './use-context-folder';
import './image-build.css';

const noErrors: BuildFormErrors = { context: null, dockerfile: null, tags: [], args: [], target: null };

export function BuildDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useTRPCClient();
  const [form, setForm] = useState<BuildFormState>(emptyBuildForm);
  const [errors, setErrors] = useState<BuildFormErrors>(noErrors);
  const [serverErrors, setServerErrors] = useState<{ context: string | null; dockerfile: string | null }>({
    context: null,
    dockerfile: null,
  });
  const { run, start, cancel, reset } = useBuildRun();
  const folder = useContextFolder();
  const running = run.status === 'running' || folder.sending !== null;

  const shown: BuildFormErrors = {
    ...errors,
    context: errors.context ?? serverErrors.context,
    dockerfile: errors.dockerfile ?? serverErrors.dockerfile,
  };

  const dockerfile = form.dockerfile.trim() || 'Dockerfile';

  /** A folder where the backend runs: does it exist, is the Dockerfile there? (An uploaded one was planned.) */
  const checkContext = async (context = form.context.trim()): Promise<boolean> => {
    if (folder.folder) return true;
    if (!context) return false;
    try {
      const check = await client.images.build.contextCheck.query({ context, dockerfile });
      // The server's words, translated by their code where there is one.
      const params = { folder: context, file: dockerfile };
      const say = (code: string | null | undefined, fallback: string | null) =>
        code ? t(`imageBuild.errors.${code}`, params) : fallback;
      setServerErrors({
        context: say(check.codes?.context, check.context),
        dockerfile: say(check.codes?.dockerfile, check.dockerfile),
      });
      return !check.context && !check.dockerfile;
    } catch (error) {
      setServerErrors({ context: (error as Error).message, dockerfile: null });
      return false;
    }
  };

  const submit = async () => {
    const local = validateBuildForm(form, t);
    setErrors(local);
    if (hasErrors(local)) return;
    if (!(await checkContext())) return;
    if (!folder.folder) return start(toBuildInput(form));
    const sent = await folder.send(dockerfile);
    if (sent === null) return;
    if ('error' in sent) {
      setServerErrors({ context: null, dockerfile: null, [sent.error.field]: sent.error.message });
      return;
    }
    start({ ...toBuildInput(form), context: folder.folder.folder.name, upload: sent.uploadId });
  };

  const contextProps = {
    folder: folder.folder,
    reading: folder.reading,
    onPick: () => {
      void client.desktop.pickFolder
        .mutate({ title: t('imageBuild.folder.chooseLabel') })
        .then(({ folder: picked }) => {
          if (!picked) return;
          change({ ...form, context: picked });
          void checkContext(picked);
        })
        .catch((error: unknown) => setServerErrors({ context: (error as Error).message, dockerfile: null }));
    },
    onFolderFiles: (files: FileList) => {
      // Read now: the picker's list empties when its input is reset after this call.
      const name = Array.from(files)[0]?.webkitRelativePath.split('/')[0] ?? '';
      void folder.choose(files, dockerfile).then((problem) => {
        setForm((current) => ({ ...current, context: name }));
        setErrors((current) => ({ ...current, context: null }));
        setServerErrors({
          context: null,
          dockerfile: null,
          ...(problem ? { [problem.field]: problem.message } : {}),
        });
      });
    },
    onClearFolder: () => {
      folder.clear();
      change({ ...form, context: '' });
    },
  };

  const stop = () => {
    folder.cancel();
    cancel();
  };

  const close = () => {
    if (running) stop();
    onClose();
  };

  const change = (next: BuildFormState) => {
    setForm(next);
    // Clear a field's error as soon as it is edited; it is checked again on submit.
    setErrors((current) => (hasErrors(current) ? validateBuildForm(next, t) : current));
    if (next.context !== form.context || next.dockerfile !== form.dockerfile)
      setServerErrors({ context: null, dockerfile: null });
  };

  const firstTag = run.tags[0];
  const footer = running ? (
    <button type="button" className="danger-button" onClick={stop}>
      {t('imageBuild.cancel')}
    </button>
  ) : (
    <>
      {run.status === 'succeeded' && (firstTag || run.imageId) ? (
        <Link
          className="secondary-button"
          to={`/images/${encodeURIComponent(run.imageId ?? firstTag!)}`}
          onClick={onClose}
        >
          {t('imageBuild.openImage')}
        </Link>
      ) : null}
      <button type="button" className="secondary-button" onClick={close}>
        {t('common.close')}
      </button>
      <button type="submit" form="build-image-form" className="primary-button">
        {run.status === 'idle' ? t('imageBuild.start') : t('imageBuild.again')}
      </button>
    </>
  );

  return (
    <Dialog title={t('imageBuild.title')} open={open} onClose={close} footer={footer} width={780}>
      <form
        id="build-image-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <BuildForm
          form={form}
          errors={shown}
          disabled={running}
          onChange={change}
          onCheckContext={() => void checkContext()}
          context={contextProps}
        />
      </form>
      {folder.sending ? (
        <div className="build-sending" role="status">
          <span>
            {t('imageBuild.folder.sending', {
              done: formatBinaryBytes(folder.sending.done),
              total: formatBinaryBytes(folder.sending.total),
            })}
          </span>
          <progress max={folder.sending.total} value={folder.sending.done} />
        </div>
      ) : null}
      <CommandLine command={buildCommand(toBuildInput(form))} />
      {run.status !== 'idle' ? <BuildOutput run={run} /> : null}
      {run.status !== 'idle' && !running ? (
        <button type="button" className="link-button build-clear" onClick={reset}>
          {t('common.reset')}
        </button>
      ) : null}
    </Dialog>
  );
}
