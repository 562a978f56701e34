// Logs: the container's output in xterm.js, fed by a subscription of line batches. stderr is red,
// ANSI colours stay, links are clickable; search, copy, download and clear. The region keeps
// `data-line-count` (lines shown so far) current, so tools can tell when a log has arrived.
import { useQuery } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { Copy, Download, Eraser } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogEvent } from '../../../../shared/api/container-details';
import { logsCommand } from '../../../../shared/cli/details-commands';
import { useTRPC } from '../../../api/trpc';
import { CommandLine } from '../../../components/CommandLine';
import { LogSink, LogWriter } from './log-writer';
import { defaultLogOptions, LogsOptionsForm, type LogOptions } from './LogsOptionsForm';
import { TerminalSearch } from './TerminalSearch';
import { setScrollback, terminalText, useTerminal } from './use-terminal';

function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface LogFeedProps {
  input: { id: string } & LogOptions;
  sink: LogSink;
  onStarted: () => void;
  onEnded: () => void;
  onError: (message: string) => void;
}

/** One log subscription; remounting it (a new key) starts a fresh one. */
function LogFeed({ input, sink, onStarted, onEnded, onError }: LogFeedProps) {
  const trpc = useTRPC();
  useSubscription(
    trpc.containers.logs.subscriptionOptions(input, {
      onStarted,
      onData: (event: LogEvent) => {
        if (event.type === 'lines') return sink.write(event.runs, event.dropped);
        if (event.dropped) sink.write([], event.dropped);
        onEnded();
      },
      onError: (failure) => onError(failure.message),
    }),
  );
  return null;
}

export function LogsTab({
  containerId,
  name,
  running,
}: {
  containerId: string;
  name: string;
  running: boolean;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const settings = useQuery(trpc.settings.get.queryOptions());
  const [options, setOptions] = useState<LogOptions>(defaultLogOptions);
  const [dropped, setDropped] = useState(0);
  const [ended, setEnded] = useState(false);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const regionRef = useRef<HTMLDivElement>(null);
  const [sink] = useState(() => new LogSink());
  const { ref, handle } = useTerminal({
    disableStdin: true,
    cursorBlink: false,
    cursorInactiveStyle: 'none',
    scrollback: defaultScrollback,
  });

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

  // When a stopped container starts again, follow its new output (a fresh subscription).
  const [epoch, setEpoch] = useState(0);
  const [wasRunning, setWasRunning] = useState(running);
  if (running !== wasRunning) {
    setWasRunning(running);
    if (running && options.follow) setEpoch((value) => value + 1);
  }

  const apply = (next: LogOptions) => {
    clear();
    setOptions(next);
    setEpoch((value) => value + 1);
  };

  const copy = async () => {
    if (!handle) return;
    await navigator.clipboard.writeText(terminalText(handle.term, true)).catch(() => undefined);
    setNotice(t('details.logs.copied'));
    setTimeout(() => setNotice(''), 2000);
  };

  return (
    <div className="logs-tab">
      <div className="toolbar terminal-toolbar">
        <LogsOptionsForm value={options} onApply={apply} />
        <div className="toolbar-end">
          <TerminalSearch search={handle?.search ?? null} />
          <button
            type="button"
            className="icon-button"
            aria-label={t('details.logs.copy')}
            title={t('details.logs.copyHint')}
            onClick={() => void copy()}
          >
            <Copy size={16} aria-hidden="true" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('details.logs.download')}
            title={t('details.logs.download')}
            onClick={() => handle && downloadText(`${name}.log`, terminalText(handle.term, false))}
          >
            <Download size={16} aria-hidden="true" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('details.logs.clear')}
            title={t('details.logs.clear')}
            onClick={clear}
          >
            <Eraser size={16} aria-hidden="true" />
          </button>
        </div>
      </div>

      {handle ? (
        <LogFeed
          key={epoch}
          input={{ id: containerId, ...options }}
          sink={sink}
          onStarted={() => {
            if (epoch > 0) clear();
            setEnded(false);
            setError(null);
          }}
          onEnded={() => setEnded(true)}
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

      <div
        ref={regionRef}
        className="terminal-frame"
        role="log"
        aria-label={t('details.logs.region')}
        aria-live="off"
        data-line-count="0"
      >
        <div ref={ref} className="terminal-host" />
      </div>

      <div className="terminal-footer">
        <span className="muted" role="status">
          {notice || (ended ? t('details.logs.ended') : options.follow ? t('details.logs.following') : '')}
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
