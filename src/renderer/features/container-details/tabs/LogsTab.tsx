// Logs: the container's output in xterm.js, fed by a subscription of line batches. stderr is red,
// ANSI colours stay, links are clickable; search, copy, download and clear. The region keeps
// `data-line-count` (lines shown so far) current, so tools can tell when a log has arrived.
// A followed log outlives its feed: when the container runs again, or the engine comes back after
// the connection was lost, a new feed continues just after the last line shown.
import { useQuery } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { Eraser } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '@shared/api';
import type { LogEvent } from '@shared/api/container-details';
import { logsCommand } from '@shared/cli/details-commands';
import { useContainers, useEngineStatus } from '@renderer/api/hooks';
import { randomId } from '@renderer/api/random-id';
import { useTRPC, useTRPCClient } from '@renderer/api/trpc';
import { CommandLine } from '@renderer/components/CommandLine';
import { IconButton } from '@renderer/components/IconButton';
import { LogSink, LogWriter } from './log-writer';
import { defaultLogOptions, LogsOptionsForm, type LogOptions } from './LogsOptionsForm';
import { LogActions, LogRegion, useLogTerminal } from './log-view';
import { setScrollback } from './use-terminal';
import type { LiveTabProps } from './tab-props';

interface LogFeedProps {
  input: { id: string } & LogOptions;
  sink: LogSink;
  onStarted: () => void;
  /** The `since` that would continue after the lines drawn so far. */
  onResumePoint: (since: string) => void;
  onEnded: (engineLost: boolean) => void;
  onError: (message: string) => void;
}

/** Where the feed stands: following, ended with the output, or waiting for the engine. */
type FeedPhase = 'live' | 'ended' | 'lost';

/** Which feed is mounted: a new key starts a new one, from `since` when it resumes. */
interface FeedPlan {
  key: number;
  since: string | null;
  /** A fresh read of the whole log (nothing to resume from): clear what is shown first. */
  clear: boolean;
  /** The container's entry in the live model when this feed opened (see the restart rule). */
  openedWith: ContainerSummary | undefined;
}

/** A feed's ID and the running total of its characters drawn, acknowledged as it grows. */
class FeedAcks {
  private total = 0;

  constructor(
    readonly id: string,
    private readonly send: (feedId: string, chars: number) => void,
  ) {}

  readonly drawn = (chars: number): void => {
    this.total += chars;
    this.send(this.id, this.total);
  };
}

/**
 * One log subscription; remounting it (a new key) starts a fresh one. It names its feed and
 * acknowledges the characters drawn, so the server never runs more than a window ahead.
 */
function LogFeed({ input, sink, onStarted, onResumePoint, onEnded, onError }: LogFeedProps) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const [feed] = useState(
    () =>
      new FeedAcks(randomId(), (feedId, chars) => {
        void client.containers.logs.ack.mutate({ feedId, chars }).catch(() => undefined);
      }),
  );
  useSubscription(
    trpc.containers.logs.follow.subscriptionOptions(
      { ...input, feedId: feed.id },
      {
        onStarted,
        onData: (event: LogEvent) => {
          if (event.type === 'lines') {
            if (event.resumeSince) onResumePoint(event.resumeSince);
            return sink.write(event.runs, event.dropped, feed.drawn);
          }
          if (event.dropped) sink.write([], event.dropped);
          onEnded(event.engineLost === true);
        },
        onError: (failure) => onError(failure.message),
      },
    ),
  );
  return null;
}

export function LogsTab({ containerId, name, running }: LiveTabProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const settings = useQuery(trpc.settings.get.queryOptions());
  const [options, setOptions] = useState<LogOptions>(defaultLogOptions);
  const [dropped, setDropped] = useState(0);
  const [phase, setPhase] = useState<FeedPhase>('live');
  const { data: engine } = useEngineStatus();
  const container = useContainers().data?.find((c) => c.id === containerId);
  // The engine status's `since` when the connection was lost: a later one means it came back.
  const [lostAt, setLostAt] = useState<number | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const regionRef = useRef<HTMLDivElement>(null);
  const [sink] = useState(() => new LogSink());
  const { ref, handle } = useLogTerminal(defaultScrollback);

  const scrollback = settings.data?.logScrollback;
  useEffect(() => {
    if (handle && scrollback) setScrollback(handle.term, scrollback);
  }, [handle, scrollback]);

  useEffect(() => {
    if (!handle) return;
    const region = regionRef.current;
    sink.attach(
      new LogWriter(handle.term, {
        // Kept on the DOM directly: a React render per batch would cost more than the write.
        onWritten: (total) => region?.setAttribute('data-line-count', String(total)),
        onDropped: setDropped,
      }),
    );
    return () => sink.attach(null);
  }, [handle, sink]);

  const clear = () => {
    handle?.term.reset();
    sink.reset();
  };

  // Where a new feed would continue (set by feed callbacks, read when the next one opens).
  const resumeSince = useRef<string | null>(null);
  const [plan, setPlan] = useState<FeedPlan>({ key: 0, since: null, clear: false, openedWith: container });
  const reopen = () => {
    const since = resumeSince.current;
    setPlan((previous) => ({ key: previous.key + 1, since, clear: since === null, openedWith: container }));
    setPhase('live');
  };

  // When a stopped container starts again, follow its new output (a fresh subscription).
  const wasRunning = useRef(running);
  useEffect(() => {
    const was = wasRunning.current;
    wasRunning.current = running;
    if (running && !was && options.follow) reopen();
  }, [running]);
  // A quick restart (`docker restart -t 0`) may never show "not running" here: the model's two
  // updates can land in one render. The followed feed ended, though, and the container's entry
  // has changed since that feed opened while it runs: it restarted, so continue where it stopped.
  // (A container that really stopped changes to not running, and waits for the rule above.)
  const restarted = phase === 'ended' && options.follow && running && container !== plan.openedWith;
  useEffect(() => {
    if (restarted) reopen();
  }, [restarted]);

  // After the engine connection was lost: once the engine has come back (its status changed since
  // the loss and is connected, after its resync) and the container runs, continue where it stopped.
  const engineBack = engine?.state === 'connected' && engine.since !== lostAt;
  useEffect(() => {
    if (phase === 'lost' && engineBack && running) reopen();
  }, [phase, engineBack, running]);

  const apply = (next: LogOptions) => {
    clear();
    resumeSince.current = null;
    setOptions(next);
    setPlan((previous) => ({ key: previous.key + 1, since: null, clear: false, openedWith: container }));
    setPhase('live');
  };

  const footerWords = (): string => {
    if (phase === 'lost')
      return engineBack ? t('details.logs.waitingForContainer') : t('details.logs.engineLost');
    if (phase === 'ended') return t('details.logs.ended');
    return options.follow ? t('details.logs.following') : '';
  };

  const copied = () => {
    setNotice(t('details.logs.copied'));
    setTimeout(() => setNotice(''), 2000);
  };

  return (
    <div className="logs-tab">
      <div className="toolbar terminal-toolbar">
        <LogsOptionsForm value={options} onApply={apply} />
        <LogActions handle={handle} fileName={`${name}.log`} onCopied={copied}>
          <IconButton label={t('details.logs.clear')} icon={Eraser} onClick={clear} />
        </LogActions>
      </div>

      {handle ? (
        <LogFeed
          key={plan.key}
          input={
            plan.since === null
              ? { id: containerId, ...options }
              : { id: containerId, ...options, since: plan.since, tail: null }
          }
          sink={sink}
          onStarted={() => {
            if (plan.clear) clear();
            setError(null);
          }}
          onResumePoint={(since) => (resumeSince.current = since)}
          onEnded={(engineLost) => {
            if (engineLost) setLostAt(engine?.since ?? null);
            setPhase(engineLost ? 'lost' : 'ended');
          }}
          onError={setError}
        />
      ) : null}
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
      {dropped > 0 ? (
        <p className="logs-warning" role="status">
          {t('details.logs.dropped', { count: dropped })}
        </p>
      ) : null}

      <LogRegion label={t('details.logs.region')} regionRef={regionRef} hostRef={ref} />

      <div className="terminal-footer">
        <span className="muted" role="status">
          {notice || footerWords()}
        </span>
        <span className="legend">
          <span className="stderr-swatch" aria-hidden="true" />
          {t('details.logs.stderrLegend')}
        </span>
      </div>
      <CommandLine command={logsCommand(name, options)} />
    </div>
  );
}

const defaultScrollback = 100_000;
