// One build run through the router's `images.build.run` subscription: output lines (bounded), the
// outcome, and cancel (leaving the subscription makes the server stop the build).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BuildEvent, BuildInput } from '@shared/api/images-build';
import { useTRPCClient } from '@renderer/api/trpc';

const MAX_LINES = 5000;

export type BuildStatus = 'idle' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface BuildRun {
  status: BuildStatus;
  lines: string[];
  skipped: number;
  command: string | null;
  imageId: string | null;
  tags: string[];
  error: string | null;
  step: string | null;
}

const initial: BuildRun = {
  status: 'idle',
  lines: [],
  skipped: 0,
  command: null,
  imageId: null,
  tags: [],
  error: null,
  step: null,
};

function applyEvents(run: BuildRun, events: BuildEvent[]): BuildRun {
  let next = run;
  let added: string[] = [];
  for (const event of events) {
    if (event.type === 'output')
      added = added.concat(
        event.text
          .replace(/\r/g, '')
          .split('\n')
          .filter((l) => l !== ''),
      );
    else if (event.type === 'started') next = { ...next, command: event.command };
    else if (event.type === 'done')
      next = { ...next, status: 'succeeded', imageId: event.imageId, tags: event.tags };
    else next = { ...next, status: 'failed', error: event.message, step: event.step };
  }
  if (added.length === 0) return next;
  const lines = next.lines.concat(added);
  const over = Math.max(0, lines.length - MAX_LINES);
  return { ...next, lines: over ? lines.slice(over) : lines, skipped: next.skipped + over };
}

export function useBuildRun() {
  const client = useTRPCClient();
  const [run, setRun] = useState<BuildRun>(initial);
  const subscription = useRef<{ unsubscribe(): void } | null>(null);

  const stop = () => {
    subscription.current?.unsubscribe();
    subscription.current = null;
  };

  const start = useCallback(
    (input: BuildInput) => {
      stop();
      setRun({ ...initial, status: 'running' });
      subscription.current = client.images.build.run.subscribe(input, {
        onData: (batch) => setRun((current) => applyEvents(current, batch)),
        onError: (error) =>
          setRun((current) => ({ ...current, status: 'failed', error: error.message, step: null })),
        onComplete: () => {
          subscription.current = null;
          setRun((current) =>
            current.status === 'running'
              ? { ...current, status: 'failed', error: 'The build ended without a result.' }
              : current,
          );
        },
      });
    },
    [client],
  );

  const cancel = useCallback(() => {
    // Marked first: unsubscribing calls onComplete, which must not read as "ended without a result".
    setRun((current) => (current.status === 'running' ? { ...current, status: 'cancelled' } : current));
    stop();
  }, []);

  const reset = useCallback(() => {
    stop();
    setRun(initial);
  }, []);

  // Closing the dialog (unmount) stops a running build, as leaving `docker build` with Ctrl-C would.
  useEffect(() => stop, []);

  return { run, start, cancel, reset };
}
