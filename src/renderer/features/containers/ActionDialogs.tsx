// Small dialogs for actions that take a choice: kill (signal), stop (grace period), rename.
// Each shows the docker command as it will run, and keeps the dialog open on an engine error.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '@shared/api';
import { CONTAINER_NAME_RE, killSignals, type KillSignal } from '@shared/api/container-constants';
import { killCommand, renameCommand, stopCommand } from '@shared/cli/container-commands';
import { CommandLine } from '@renderer/components/CommandLine';
import { Dialog, DialogActions } from '@renderer/components/Dialog';
import { LabelledInput } from '@renderer/components/LabelledInput';
import type { ContainerActions } from './use-container-actions';

interface ActionDialogProps {
  target: ContainerSummary;
  actions: ContainerActions;
  onClose: () => void;
}

function FormDialog(props: {
  title: string;
  confirm: string;
  danger?: boolean;
  disabled: boolean;
  busy: boolean;
  error: string | null;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const formId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!props.disabled && !props.busy) props.onSubmit();
  };
  return (
    <Dialog
      open
      title={props.title}
      onClose={props.onClose}
      width={520}
      footer={
        <DialogActions
          onCancel={props.onClose}
          confirm={{
            label: props.confirm,
            danger: props.danger,
            form: formId,
            disabled: props.disabled || props.busy,
          }}
        />
      }
    >
      <form id={formId} onSubmit={submit} noValidate>
        {props.children}
        {props.error ? (
          <p className="inline-error" role="alert">
            {props.error}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}

/** Runs the action; closes on success, shows the engine's words on failure. */
function useRun(onClose: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<string | null>) => {
    setBusy(true);
    const failure = await action();
    setBusy(false);
    if (failure === null) onClose();
    else setError(failure);
  };
  return { busy, error, run };
}

export function KillDialog({ target, actions, onClose }: ActionDialogProps) {
  const { t } = useTranslation();
  const [signal, setSignal] = useState<KillSignal>('SIGKILL');
  const { busy, error, run } = useRun(onClose);
  return (
    <FormDialog
      title={t('lifecycle.killDialog.title', { name: target.name })}
      confirm={t('lifecycle.killDialog.confirm')}
      danger
      disabled={false}
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={() => void run(() => actions.perform('kill', target, { signal }))}
    >
      <div className="field">
        <label htmlFor="kill-signal">{t('lifecycle.killDialog.signal')}</label>
        <select id="kill-signal" value={signal} onChange={(e) => setSignal(e.target.value as KillSignal)}>
          {killSignals.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <CommandLine command={killCommand(target.name, signal)} />
    </FormDialog>
  );
}

export function StopDialog({ target, actions, onClose }: ActionDialogProps) {
  const { t } = useTranslation();
  const [grace, setGrace] = useState('10');
  const { busy, error, run } = useRun(onClose);
  const valid = /^\d{1,4}$/.test(grace.trim()) && Number(grace) <= 3600;
  const timeout = valid ? Number(grace) : undefined;
  return (
    <FormDialog
      title={t('lifecycle.stopDialog.title', { name: target.name })}
      confirm={t('lifecycle.action.stop')}
      disabled={!valid}
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={() => void run(() => actions.perform('stop', target, { timeout }))}
    >
      <LabelledInput
        id="stop-grace"
        label={t('lifecycle.stopDialog.grace')}
        value={grace}
        onChange={setGrace}
        inputMode="numeric"
        help={valid ? t('lifecycle.stopDialog.help') : undefined}
        error={valid ? undefined : t('lifecycle.stopDialog.graceError')}
      />
      <CommandLine command={stopCommand(target.name, timeout)} />
    </FormDialog>
  );
}

export function RenameDialog({ target, actions, onClose }: ActionDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(target.name);
  const { busy, error, run } = useRun(onClose);
  const valid = CONTAINER_NAME_RE.test(name.trim());
  return (
    <FormDialog
      title={t('lifecycle.renameDialog.title', { name: target.name })}
      confirm={t('lifecycle.action.rename')}
      disabled={!valid || name.trim() === target.name}
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={() => void run(() => actions.perform('rename', target, { name: name.trim() }))}
    >
      <LabelledInput
        id="rename-name"
        label={t('lifecycle.renameDialog.newName')}
        value={name}
        onChange={setName}
        autoFocus
        error={valid ? undefined : t('lifecycle.renameDialog.invalid')}
      />
      <CommandLine command={renameCommand(target.name, name.trim() || '…')} />
    </FormDialog>
  );
}
