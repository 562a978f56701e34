// One interactive shell session (docker exec -it semantics) in xterm.js. When the shell ends its
// exit code is shown; unmounting (closing the session) ends the shell on the server. Hidden
// while another session is shown, it keeps its terminal and its connection.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ExecStarted } from '@shared/api/container-details';
import { useTRPCClient } from '@renderer/api/trpc';
import type { SessionEnd } from './terminal-bridge';
import { TerminalPane } from './TerminalPane';
import { useTerminal } from './use-terminal';
import { useTerminalSession } from './use-terminal-session';

export interface ExecRequest {
  containerId: string;
  shell: 'auto' | 'bash' | 'sh';
  user: string;
}

interface Props {
  request: ExecRequest;
  /** False while another session is shown: the terminal stays, hidden. */
  visible?: boolean;
  onSession?: (session: ExecStarted) => void;
  onEnd?: (end: SessionEnd) => void;
}

/**
 * "Process exited with code N", or that the engine connection was lost (also used by Attach,
 * whose process is the container's).
 */
export function exitWords(end: SessionEnd, t: TFunction): string {
  if (end.type === 'lost') return t('details.exec.engineLost');
  if (end.type === 'exit' && end.code !== null) return t('details.exec.exited', { code: end.code });
  return t('details.exec.exitedUnknown');
}

export function ExecTerminal({ request, visible = true, onSession, onEnd }: Props) {
  const { t } = useTranslation();
  const client = useTRPCClient();
  const { ref, handle } = useTerminal({ cursorBlink: true, scrollback: 10_000 });
  const { session, error, end } = useTerminalSession({
    handle,
    live: true,
    start: (size) =>
      client.containers.terminal.exec.mutate({
        id: request.containerId,
        shell: request.shell,
        user: request.user,
        ...size,
      }),
    endWords: (next) => exitWords(next, t),
    onSession,
    onEnd,
  });

  const status = end
    ? exitWords(end, t)
    : session
      ? t('details.exec.connected', { user: session.user || 'root', shell: session.shell })
      : request.shell === 'auto'
        ? t('details.exec.connectingAuto')
        : t('details.exec.connecting', { shell: request.shell });

  return (
    <TerminalPane
      hostRef={ref}
      handle={handle}
      label={t('details.exec.terminal')}
      status={status}
      ended={end !== null}
      error={error ? t('details.exec.failed', { message: error }) : null}
      visible={visible}
    />
  );
}
