// One server-side terminal session (exec or attach) wired to an xterm: a mutation starts it once
// the terminal exists (with its size), a subscription carries its output into the terminal, and
// keystrokes and resizes go back as mutations, in order. Turning `live` off (or unmounting) stops
// the subscription, which ends the session on the server (exec: the shell; attach: a detach).
import { useSubscription } from '@trpc/tanstack-react-query';
import { useEffect, useRef, useState } from 'react';
import type { TerminalEvent } from '@shared/api/container-details';
import { useTRPC, useTRPCClient } from '@renderer/api/trpc';
import { CookedInput } from './cooked-input';
import { TerminalBridge, type SessionEnd } from './terminal-bridge';
import type { TerminalHandle } from './use-terminal';

/** What a start mutation returns; `tty`/`stdin` default to true (exec shells have both). */
export interface StartedSession {
  sessionId: string;
  tty?: boolean;
  stdin?: boolean;
}

/** Sends input strictly in order, coalescing keystrokes typed while a send is in flight. */
function inputSender(send: (data: string) => Promise<unknown>) {
  let buffer = '';
  let sending = false;
  const flush = async () => {
    if (sending || !buffer) return;
    sending = true;
    while (buffer) {
      const data = buffer.slice(0, 512 * 1024);
      buffer = buffer.slice(data.length);
      // A failed send (the session just ended) is shown by the session's ending, not here.
      await send(data).catch(() => undefined);
    }
    sending = false;
  };
  return (data: string) => {
    buffer += data;
    void flush();
  };
}

const NO_SESSION = '00000000-0000-0000-0000-000000000000';

export interface TerminalSessionOptions<S extends StartedSession> {
  handle: TerminalHandle | null;
  start: (size: { cols: number; rows: number }) => Promise<S>;
  live: boolean;
  endWords: (end: SessionEnd) => string;
  onSession?: (session: S) => void;
  onEnd?: (end: SessionEnd) => void;
}

export function useTerminalSession<S extends StartedSession>(options: TerminalSessionOptions<S>) {
  const { handle, live } = options;
  const trpc = useTRPC();
  const client = useTRPCClient();
  const [session, setSession] = useState<S | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [end, setEnd] = useState<SessionEnd | null>(null);
  const [bridge] = useState(() => new TerminalBridge());
  const latest = useRef(options);
  const started = useRef(false);

  useEffect(() => {
    latest.current = options;
    bridge.listen(
      (next) => {
        setEnd(next);
        latest.current.onEnd?.(next);
      },
      (next) => latest.current.endWords(next),
    );
  });
  useEffect(() => bridge.attach(handle?.term ?? null), [bridge, handle]);

  // Start once the terminal exists, with its size.
  useEffect(() => {
    if (!handle || started.current) return;
    started.current = true;
    const { term } = handle;
    latest.current
      .start({ cols: term.cols, rows: term.rows })
      .then((next) => {
        // Without a TTY, output lines end in "\n" alone; with no stdin, typing does nothing.
        term.options.convertEol = next.tty === false;
        if (next.stdin === false) term.options.cursorBlink = false;
        setSession(next);
        latest.current.onSession?.(next);
        term.focus();
      })
      .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
  }, [handle]);

  // Keystrokes, paste and resizes go to the session.
  useEffect(() => {
    if (!handle || !session) return;
    const { term } = handle;
    const disposables: { dispose(): void }[] = [];
    if (session.stdin !== false) {
      const send = inputSender((data) =>
        client.containers.terminal.input.mutate({ sessionId: session.sessionId, data }),
      );
      const cooked = session.tty === false ? new CookedInput() : null;
      disposables.push(
        term.onData((data) => {
          if (bridge.ended) return;
          if (!cooked) return send(data);
          const { echo, send: line } = cooked.feed(data);
          if (echo) term.write(echo);
          if (line) send(line);
        }),
      );
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (session.tty !== false)
      disposables.push(
        term.onResize(({ cols, rows }) => {
          clearTimeout(timer);
          timer = setTimeout(() => {
            if (!bridge.ended)
              void client.containers.terminal.resize
                .mutate({ sessionId: session.sessionId, cols, rows })
                .catch(() => undefined);
          }, 80);
        }),
      );
    return () => {
      clearTimeout(timer);
      disposables.forEach((disposable) => disposable.dispose());
    };
  }, [handle, session, client, bridge]);

  useSubscription(
    trpc.containers.terminal.output.subscriptionOptions(
      { sessionId: session?.sessionId ?? NO_SESSION },
      {
        enabled: Boolean(session && handle && live),
        onData: (batch: TerminalEvent[]) => bridge.output(batch),
        onError: (failure) => setError(failure.message),
      },
    ),
  );

  // Detached from this side: the subscription has stopped, so the terminal says so too.
  useEffect(() => {
    if (!live && session) bridge.end({ type: 'detached' });
  }, [live, session, bridge]);

  return { session, error, end };
}
