// The Build dialog: a form validated on its fields (the folder on the server), the equivalent
// `docker build` line, and the live output with Cancel. Closing while building cancels the build.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buildCommand } from '../../../shared/cli/build-commands';
import { useTRPCClient } from '../../api/trpc';
import { CommandLine } from '../../components/CommandLine';
import { Dialog } from '../../components/Dialog';
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
  const running = run.status === 'running';

  const shown: BuildFormErrors = {
    ...errors,
    context: errors.context ?? serverErrors.context,
    dockerfile: errors.dockerfile ?? serverErrors.dockerfile,
  };

  const checkContext = async (): Promise<boolean> => {
    if (!form.context.trim()) return false;
    try {
      const check = await client.images.buildContextCheck.query({
        context: form.context.trim(),
        dockerfile: form.dockerfile.trim() || 'Dockerfile',
      });
      // The server's words, translated by their code where there is one.
      const params = { folder: form.context.trim(), file: form.dockerfile.trim() || 'Dockerfile' };
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
    start(toBuildInput(form));
  };

  const close = () => {
    if (running) cancel();
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
    <button type="button" className="danger-button" onClick={cancel}>
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
        />
      </form>
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
