// One attach session to a container's main process in xterm.js: `docker start -a[i]` when `start`
// (the server attaches first, then starts, so the first line is there), else `docker attach`.
// Turning `live` off (Detach, or leaving the tab) only closes the stream; the container runs on.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AttachStarted } from '@shared/api/container-details';
import { useTRPCClient } from '@renderer/api/trpc';
import { exitWords } from './ExecTerminal';
import type { SessionEnd } from './terminal-bridge';
import { TerminalPane } from './TerminalPane';
import { useTerminal } from './use-terminal';
import { useTerminalSession } from './use-terminal-session';

interface Props {
  containerId: string;
  name: string;
  start: boolean;
  live: boolean;
  onSession: (session: AttachStarted) => void;
  onEnd: (end: SessionEnd) => void;
}

function endWords(end: SessionEnd, t: TFunction): string {
  return end.type === 'detached' ? t('attach.detached') : exitWords(end, t);
}

export function AttachTerminal({ containerId, name, start, live, onSession, onEnd }: Props) {
  const { t } = useTranslation();
  const client = useTRPCClient();
  const { ref, handle } = useTerminal({ cursorBlink: true, scrollback: 10_000 });
  const { session, error, end } = useTerminalSession({
    handle,
    live,
    start: (size) => client.containers.terminal.attach.mutate({ id: containerId, start, ...size }),
    endWords: (next) => endWords(next, t),
    onSession,
    onEnd,
  });

  const status = end
    ? endWords(end, t)
    : session
      ? session.stdin
        ? t('attach.attached', { name })
        : t('attach.outputOnly', { name })
      : start
        ? t('attach.starting', { name })
        : t('attach.attaching', { name });

  return (
    <TerminalPane
      hostRef={ref}
      handle={handle}
      label={t('attach.terminal')}
      status={status}
      ended={end !== null}
      error={error ? t('attach.failed', { message: error }) : null}
    />
  );
}
