// Attach: the container's main process in a terminal, as `docker attach` (running) or
// `docker start -ai` (stopped: attach first, then start, so no early output is lost). Opened
// from the containers list's "Start and attach" (router state `attachStart`), it starts the
// container; opened on a running one, it attaches live. Detach only closes the stream.
import { Play, Plug, Unplug } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { AttachStarted, ContainerDetails } from '@shared/api/container-details';
import { attachCommand } from '@shared/cli/details-commands';
import { CommandLine } from '@renderer/components/CommandLine';
import { AttachTerminal } from './AttachTerminal';
import type { SessionEnd } from './terminal-bridge';
import './sessions.css';
import { EmptyCard } from '@renderer/components/EmptyCard';
import type { LiveTabProps } from './tab-props';

interface Props extends LiveTabProps {
  details: ContainerDetails | undefined;
}

/** The router state that asks the tab to start the container attached (set by the row menu). */
export interface AttachIntent {
  attachStart?: boolean;
}

export function AttachTab({ containerId, name, running, details }: Props) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  // Read once, then dropped from history, so a reload attaches instead of starting again.
  const intent = useRef((location.state as AttachIntent | null)?.attachStart ? 'start' : 'attach');
  const auto = useRef(true);
  const [attempt, setAttempt] = useState<{ key: number; start: boolean } | null>(null);
  const [started, setStarted] = useState<AttachStarted | null>(null);
  const [end, setEnd] = useState<SessionEnd | null>(null);
  const [detached, setDetached] = useState(false);

  useEffect(() => {
    if (intent.current === 'start') void navigate(location.pathname, { replace: true, state: null });
    // Only on mount: the intent belongs to the navigation that opened the tab.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const open = (start: boolean) => {
    setStarted(null);
    setEnd(null);
    setDetached(false);
    setAttempt((previous) => ({ key: (previous?.key ?? 0) + 1, start }));
  };

  // Attach by itself once: to start it when asked to, else as soon as it runs.
  useEffect(() => {
    if (attempt || !auto.current) return;
    if (intent.current === 'start' || running) {
      auto.current = false;
      open(intent.current === 'start' && !running);
    }
  }, [running, attempt]);

  const attached = attempt !== null && end === null && !detached;
  const stdin = started?.stdin ?? details?.openStdin ?? true;
  const tty = started?.tty ?? details?.tty;
  const starting = attempt ? attempt.start && started?.starting !== false : !running;
  const command = attachCommand(name, { start: starting, stdin });

  return (
    <div className="attach-tab">
      <div className="toolbar terminal-toolbar">
        <span className="attach-mode" aria-label={t('attach.mode')} role="group">
          {tty === undefined ? null : (
            <span className="chip">{tty ? t('attach.tty') : t('attach.noTty')}</span>
          )}
          <span className="chip">{stdin ? t('attach.stdin') : t('attach.noStdin')}</span>
        </span>
        <span className="toolbar-end">
          {attached ? (
            <button
              type="button"
              className="secondary-button with-icon"
              title={t('attach.detachHelp')}
              onClick={() => setDetached(true)}
            >
              <Unplug size={15} aria-hidden="true" />
              {t('attach.detach')}
            </button>
          ) : running ? (
            <button type="button" className="secondary-button with-icon" onClick={() => open(false)}>
              <Plug size={15} aria-hidden="true" />
              {t('attach.attach')}
            </button>
          ) : (
            <button type="button" className="primary-button with-icon" onClick={() => open(true)}>
              <Play size={15} aria-hidden="true" />
              {t('attach.startAttach')}
            </button>
          )}
        </span>
      </div>

      {attempt ? (
        <AttachTerminal
          key={attempt.key}
          containerId={containerId}
          name={name}
          start={attempt.start}
          live={!detached}
          onSession={setStarted}
          onEnd={setEnd}
        />
      ) : !running ? (
        <EmptyCard title={t('attach.notRunning')} help={t('attach.notRunningHelp')} />
      ) : null}
      <CommandLine command={command} />
    </div>
  );
}
