// Start, Stop, Restart and Remove for a whole compose project or one of its services, through the
// engine API (they work without a compose tool). Remove asks first and names the containers.
import { Play, RotateCw, Square, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeState } from '@shared/api/compose';
import type { ContainerSummary } from '@shared/api';
import { composeEngineCommand } from '@shared/cli/compose-commands';
import { CommandLine } from '@renderer/components/CommandLine';
import { ConfirmDialog } from '@renderer/components/Dialog';
import { EngineError } from '../errors/EngineError';
import { AffectedNames } from './AffectedNames';
import { useComposeActions, type ActionOutcome } from './use-compose';

export interface ProjectActionsProps {
  project: string;
  service?: string;
  state: ComposeState;
  containers: ContainerSummary[];
  /** Icon buttons in a list row (which reports through onOutcome); labelled buttons on the project page. */
  compact?: boolean;
  onOutcome?: (outcome: ActionOutcome) => void;
}

export function ProjectActions({
  project,
  service,
  state,
  containers,
  compact,
  onOutcome,
}: ProjectActionsProps) {
  const { t } = useTranslation();
  const { perform, feedback, command, busy } = useComposeActions(project, onOutcome);
  const [confirming, setConfirming] = useState(false);
  const target = service ?? project;
  const anyRunning = state !== 'exited' && state !== 'created';
  const allRunning = state === 'running';
  const label = (action: string) =>
    t(service ? `compose.serviceAction.${action}` : `compose.projectAction.${action}`, { name: target });
  const button = (action: 'start' | 'stop' | 'restart' | 'remove', Icon: typeof Play, disabled: boolean) => (
    <button
      type="button"
      className={
        compact ? 'icon-button' : `secondary-button with-icon${action === 'remove' ? ' danger-text' : ''}`
      }
      aria-label={label(action)}
      title={label(action)}
      disabled={busy || disabled}
      onClick={() => (action === 'remove' ? setConfirming(true) : void perform(action, service))}
    >
      <Icon size={15} aria-hidden="true" />
      {compact ? null : t(`compose.action.${action}`)}
    </button>
  );

  return (
    <div className={compact ? 'compose-actions compact' : 'compose-actions'}>
      <div
        role="group"
        className="compose-action-buttons"
        aria-label={t('compose.actionsFor', { name: target })}
      >
        {button('start', Play, allRunning)}
        {button('stop', Square, !anyRunning)}
        {button('restart', RotateCw, false)}
        {button('remove', Trash2, false)}
      </div>
      {compact ? null : feedback?.state === 'pending' ? (
        <span className="muted" role="status">
          {t('compose.working')}
        </span>
      ) : feedback?.state === 'error' ? (
        <EngineError role="alert" message={feedback.message} />
      ) : null}
      {!compact && command ? <CommandLine command={command} /> : null}
      {confirming ? (
        <ConfirmDialog
          title={
            service
              ? t('compose.removeService', { name: service })
              : t('compose.removeProject', { name: project })
          }
          width={640}
          onClose={() => setConfirming(false)}
          confirm={{
            label: t('compose.action.remove'),
            danger: true,
            onClick: () => {
              setConfirming(false);
              void perform('remove', service);
            },
          }}
        >
          <p>{t(service ? 'compose.removeServiceHelp' : 'compose.removeProjectHelp')}</p>
          <AffectedNames label={t('compose.containersToRemove')} names={containers.map((c) => c.name)} />
          <CommandLine command={composeEngineCommand(project, 'remove', service)} />
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

/** Above a list: the last row action's error in words, and its command line. */
export function OutcomeLine({ outcome }: { outcome: ActionOutcome | null }) {
  if (!outcome) return null;
  return (
    <div className="compose-outcome">
      {outcome.error ? <EngineError role="alert" message={`${outcome.target}: ${outcome.error}`} /> : null}
      {outcome.command ? <CommandLine command={outcome.command} /> : null}
    </div>
  );
}
