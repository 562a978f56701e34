// The Run dialog: docker run as a form. Field errors show on the field before anything is sent;
// engine errors show in the dialog, which keeps what was typed; "No such image" offers a pull
// that then retries. The equivalent `docker run` line follows every keystroke.
import { useMutation } from '@tanstack/react-query';
import { Download } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { runCommand } from '@shared/cli/container-commands';
import { useTRPC } from '@renderer/api/trpc';
import { CommandLine } from '@renderer/components/CommandLine';
import { Dialog, DialogActions } from '@renderer/components/Dialog';
import { AdvancedSection } from './AdvancedSection';
import { CheckField, TextField } from './Fields';
import { cleanForm, emptyForm, formErrors, isNoSuchImage, type RunForm } from './form';
import { KeyValueSection, MountsSection, PortsSection } from './RowSections';
import './run-dialog.css';
import { EngineError } from '../errors/EngineError';
import { IconTextButton } from '@renderer/components/IconTextButton';

export interface RunOutcome {
  id: string;
  name: string;
  started: boolean;
  terminal: boolean;
}

export function RunDialog({
  image,
  onClose,
  onDone,
}: {
  image?: string;
  onClose: () => void;
  /** After the engine made the container: the dialog closes and the app says so. */
  onDone: (outcome: RunOutcome) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [form, setForm] = useState<RunForm>(() => emptyForm(image));
  const [attempted, setAttempted] = useState(false);
  const [advanced, setAdvanced] = useState(false);
  // The command line follows the button in reach: `docker create` while "Create only" is
  // pointed at or focused, `docker run -d` otherwise.
  const [mode, setMode] = useState<'run' | 'create'>('run');
  const run = useMutation(trpc.containers.run.mutationOptions());
  const pull = useMutation(trpc.containers.pullForRun.mutationOptions());
  const set = <K extends keyof RunForm>(key: K, value: RunForm[K]) =>
    setForm((old) => ({ ...old, [key]: value }));

  const errors = formErrors(form, attempted);
  const hasErrors = Object.keys(formErrors(form, true)).length > 0;
  const advancedError = Object.keys(errors).some((key) =>
    /^(entrypoint|workdir|user|network|restart|maxRetries|cpus|memory|labels)/.test(key),
  );
  // FORBIDDEN here is web mode refusing a host folder mount (the operator's --allow-host-mounts).
  const engineError =
    run.error?.data?.code === 'FORBIDDEN'
      ? t('runDialog.hostMountsRefused')
      : (run.error?.message ?? pull.error?.message ?? null);
  const busy = run.isPending || pull.isPending;
  const sent = cleanForm(form);

  const submit = (start: boolean) => {
    setAttempted(true);
    if (hasErrors) {
      if (advancedError) setAdvanced(true);
      return;
    }
    pull.reset();
    run.mutate({ spec: sent, start }, { onSuccess: done(start) });
  };

  const done = (start: boolean) => (result: { id: string; name: string }) =>
    onDone({
      id: result.id,
      name: result.name || result.id.slice(0, 12),
      started: start,
      terminal: sent.interactive && sent.tty,
    });

  const pullAndRetry = () => {
    const start = run.variables?.start ?? true;
    run.reset();
    pull.mutate(
      { image: sent.image },
      { onSuccess: () => run.mutate({ spec: sent, start }, { onSuccess: done(start) }) },
    );
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit(true);
  };

  return (
    <Dialog
      open
      title={t('runDialog.title')}
      onClose={onClose}
      width={760}
      footer={
        <DialogActions
          onCancel={onClose}
          confirm={{
            label: run.isPending ? t('runDialog.running') : t('runDialog.runButton'),
            form: 'run-form',
            disabled: busy,
          }}
        >
          {attempted && hasErrors ? (
            <span className="field-error footer-note">{t('runDialog.fixFields')}</span>
          ) : null}
          <button
            type="button"
            className="secondary-button"
            disabled={busy}
            onClick={() => submit(false)}
            onMouseEnter={() => setMode('create')}
            onMouseLeave={() => setMode('run')}
            onFocus={() => setMode('create')}
            onBlur={() => setMode('run')}
          >
            {t('runDialog.createButton')}
          </button>
        </DialogActions>
      }
    >
      <form id="run-form" className="run-form" onSubmit={onSubmit} noValidate>
        <div className="run-grid">
          <TextField
            id="run-image"
            label={t('runDialog.image')}
            placeholder={t('runDialog.imagePlaceholder')}
            mono
            autoFocus={!image}
            value={form.image}
            error={errors.image}
            onChange={(v) => set('image', v)}
          />
          <TextField
            id="run-name"
            label={t('runDialog.name')}
            placeholder={t('runDialog.namePlaceholder')}
            autoFocus={Boolean(image)}
            value={form.name}
            error={errors.name}
            onChange={(v) => set('name', v)}
          />
        </div>
        <TextField
          id="run-command"
          label={t('runDialog.command')}
          placeholder={t('runDialog.commandPlaceholder')}
          mono
          value={form.command}
          error={errors.command}
          onChange={(v) => set('command', v)}
        />
        <div className="run-checks run-checks-main">
          <CheckField
            label={t('runDialog.interactive')}
            checked={form.interactive}
            onChange={(v) => set('interactive', v)}
          />
          <CheckField label={t('runDialog.tty')} checked={form.tty} onChange={(v) => set('tty', v)} />
        </div>
        <PortsSection
          ports={form.ports}
          publishAll={form.publishAll}
          errors={errors}
          onChange={(v) => set('ports', v)}
          onPublishAll={(v) => set('publishAll', v)}
        />
        <KeyValueSection kind="env" rows={form.env} errors={errors} onChange={(v) => set('env', v)} />
        <MountsSection mounts={form.mounts} errors={errors} onChange={(v) => set('mounts', v)} />
        <AdvancedSection form={form} errors={errors} set={set} open={advanced} onToggle={setAdvanced} />
      </form>
      {engineError ? (
        <div className="run-engine-error" role="alert">
          <EngineError message={engineError} />
          {run.error && isNoSuchImage(run.error.message) && sent.image ? (
            <IconTextButton icon={Download} onClick={pullAndRetry}>
              {t('runDialog.pull', { image: sent.image })}
            </IconTextButton>
          ) : null}
        </div>
      ) : null}
      {pull.isPending ? (
        <p className="muted" role="status">
          {t('runDialog.pulling', { image: sent.image })}
        </p>
      ) : null}
      <CommandLine command={runCommand(sent, mode)} />
    </Dialog>
  );
}
