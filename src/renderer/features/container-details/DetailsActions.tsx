// Start or Stop, Restart and Remove on the container's own page, as on its row: each shows the
// engine's words when it fails, and the docker command it ran.
import { Play, RotateCw, Square, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ContainerSummary } from '@shared/api';
import { CommandLine } from '@renderer/components/CommandLine';
import { IconTextButton } from '@renderer/components/IconTextButton';
import { RemoveDialog } from '../containers/RemoveDialog';
import { useContainerActions, type LifecycleAction } from '../containers/use-container-actions';
import { EngineError } from '../errors/EngineError';

export function DetailsActions({ container }: { container: ContainerSummary }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const actions = useContainerActions();
  const [removing, setRemoving] = useState(false);
  const feedback = actions.feedback.get(container.id);
  const busy = feedback?.state === 'pending';
  const live =
    container.state === 'running' || container.state === 'paused' || container.state === 'restarting';
  const act = (action: LifecycleAction) => void actions.perform(action, container);

  return (
    <div className="details-actions">
      <div className="details-action-buttons" role="group" aria-label={t('details.actionsLabel')}>
        {live ? (
          <IconTextButton icon={Square} disabled={busy} onClick={() => act('stop')}>
            {t('lifecycle.action.stop')}
          </IconTextButton>
        ) : (
          <IconTextButton icon={Play} disabled={busy} onClick={() => act('start')}>
            {t('lifecycle.action.start')}
          </IconTextButton>
        )}
        <IconTextButton icon={RotateCw} disabled={busy} onClick={() => act('restart')}>
          {t('lifecycle.action.restart')}
        </IconTextButton>
        <IconTextButton
          icon={Trash2}
          className="secondary-button danger-text"
          disabled={busy}
          onClick={() => setRemoving(true)}
        >
          {t('lifecycle.action.removeOne')}
        </IconTextButton>
      </div>
      {feedback?.state === 'pending' ? (
        <span className="muted" role="status">
          {t('lifecycle.working')}
        </span>
      ) : feedback?.state === 'error' ? (
        <EngineError role="alert" message={feedback.message} />
      ) : null}
      {actions.lastCommand ? <CommandLine command={actions.lastCommand} /> : null}
      {removing ? (
        <RemoveDialog
          targets={[container]}
          onClose={() => setRemoving(false)}
          onConfirm={(options) => {
            setRemoving(false);
            void actions.perform('remove', container, options).then((error) => {
              if (error === null) void navigate('/containers');
            });
          }}
        />
      ) : null}
    </div>
  );
}
