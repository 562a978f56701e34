// One interactive shell session (docker exec -it semantics) in xterm.js: a mutation starts it,
// a subscription carries its output, input and resizes go back as mutations in order. When the
// shell ends, its exit code is shown; leaving the tab ends the session on the server.
import { useSubscription } from '@trpc/tanstack-react-query';
import { ClipboardPaste, Copy } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExecEvent, ExecStarted } from '../../../../shared/api/container-details';
import { useTRPC, useTRPCClient } from '../../../api/trpc';
import { ExecBridge } from './exec-bridge';
import { useTerminal } from './use-terminal';

export interface ExecRequest {
  containerId: string;
  shell: 'auto' | 'bash' | 'sh';
  user: string;
}

/** Sends input strictly in order, coalescing keystrokes typed while a send is in flight. */
function inputSender(send: (data: string) => Promise<unknown>, onError: (error: unknown) => void) {
  let buffer = '';
  let sending = false;
  const flush = async () => {
    if (sending || !buffer) return;
    sending = true;
    while (buffer) {
      const data = buffer.slice(0, 512 * 1024);
      buffer = buffer.slice(data.length);
      await send(data).catch(onError);
    }
    sending = false;
  };
  return (data: string) => {
    buffer += data;
    void flush();
  };
}

export function ExecTerminal({
  request,
  onSession,
}: {
  request: ExecRequest;
  onSession: (s: ExecStarted) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const [session, setSession] = useState<ExecStarted | null>(null);
  const [exitCode, setExitCode] = useState<number | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const { ref, handle } = useTerminal({ cursorBlink: true, scrollback: 10_000 });
  const started = useRef(false);
  const onSessionRef = useRef(onSession);
  const [bridge] = useState(
    () =>
      new ExecBridge(setExitCode, (code) =>
        code === null ? t('details.exec.exitedUnknown') : t('details.exec.exited', { code }),
      ),
  );
  useEffect(() => bridge.attach(handle?.term ?? null), [bridge, handle]);

  // Start once the terminal exists, with its size.
  useEffect(() => {
    if (!handle || started.current) return;
    started.current = true;
    const { term } = handle;
    client.containers.execStart
      .mutate({
        id: request.containerId,
        shell: request.shell,
        user: request.user,
        cols: term.cols,
        rows: term.rows,
      })
      .then((next) => {
        setSession(next);
        onSessionRef.current(next);
        term.focus();
      })
      .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
  }, [handle, client, request]);

  // Keystrokes, paste and resizes go to the session.
  useEffect(() => {
    if (!handle || !session) return;
    const { term } = handle;
    const send = inputSender(
      (data) => client.containers.execInput.mutate({ sessionId: session.sessionId, data }),
      () => undefined,
    );
    const input = term.onData((data) => {
      if (!bridge.exited) send(data);
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const resize = term.onResize(({ cols, rows }) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!bridge.exited)
          void client.containers.execResize
            .mutate({ sessionId: session.sessionId, cols, rows })
            .catch(() => undefined);
      }, 80);
    });
    // Ctrl+Shift+C / Ctrl+Shift+V copy and paste, as in desktop terminals.
    term.attachCustomKeyEventHandler((event) => {
      if (event.type !== 'keydown' || !event.ctrlKey || !event.shiftKey) return true;
      if (event.code === 'KeyC') {
        void navigator.clipboard.writeText(term.getSelection()).catch(() => undefined);
        return false;
      }
      if (event.code === 'KeyV') {
        void navigator.clipboard.readText().then(
          (text) => term.paste(text),
          () => undefined,
        );
        return false;
      }
      return true;
    });
    return () => {
      clearTimeout(timer);
      input.dispose();
      resize.dispose();
    };
  }, [handle, session, client, bridge]);

  useSubscription(
    trpc.containers.execOutput.subscriptionOptions(
      { sessionId: session?.sessionId ?? '00000000-0000-0000-0000-000000000000' },
      {
        enabled: Boolean(session && handle),
        onData: (batch: ExecEvent[]) => bridge.output(batch),
        onError: (failure) => setError(failure.message),
      },
    ),
  );

  const status =
    exitCode !== undefined
      ? exitCode === null
        ? t('details.exec.exitedUnknown')
        : t('details.exec.exited', { code: exitCode })
      : session
        ? t('details.exec.connected', { user: session.user || 'root', shell: session.shell })
        : request.shell === 'auto'
          ? t('details.exec.connectingAuto')
          : t('details.exec.connecting', { shell: request.shell });

  return (
    <div className="exec-session">
      <div className="terminal-frame" role="group" aria-label={t('details.exec.terminal')}>
        <div ref={ref} className="terminal-host" />
      </div>
      {error ? (
        <p className="inline-error" role="alert">
          {t('details.exec.failed', { message: error })}
        </p>
      ) : null}
      <div className="terminal-footer">
        <span className={exitCode !== undefined ? 'exit-status' : 'muted'} role="status">
          {status}
        </span>
        <span className="footer-actions">
          <button
            type="button"
            className="icon-button"
            aria-label={t('details.exec.copy')}
            title={`${t('details.exec.copy')} (Ctrl+Shift+C)`}
            onClick={() =>
              handle && void navigator.clipboard.writeText(handle.term.getSelection()).catch(() => undefined)
            }
          >
            <Copy size={16} aria-hidden="true" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('details.exec.paste')}
            title={`${t('details.exec.paste')} (Ctrl+Shift+V)`}
            onClick={() =>
              handle &&
              void navigator.clipboard.readText().then(
                (text) => handle.term.paste(text),
                () => undefined,
              )
            }
          >
            <ClipboardPaste size={16} aria-hidden="true" />
          </button>
        </span>
      </div>
    </div>
  );
}
