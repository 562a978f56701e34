// A project's logs: every service merged in time order, each line prefixed by its service in a
// stable colour; filter by service, follow, search, copy and download, as the container log view
// (it reuses that view's terminal and search). The region's `data-line-count` says how many lines
// are shown, so tools can tell when the log has arrived.
import { useSubscription } from '@trpc/tanstack-react-query';
import { Copy, Download } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeLogEvent, ComposeProject } from '../../../shared/api/compose';
import { composeLogsCommand } from '../../../shared/cli/compose-commands';
import { saveBlob } from '../../api/binary';
import { useTRPC } from '../../api/trpc';
import { CommandLine } from '../../components/CommandLine';
import { TerminalSearch } from '../container-details/tabs/TerminalSearch';
import { terminalText, useTerminal } from '../container-details/tabs/use-terminal';
import { prefixLine, serviceColour } from './service-colours';

interface FeedProps {
  input: { project: string; services?: string[]; follow: boolean; tail: number };
  onEvent: (event: ComposeLogEvent) => void;
  onError: (message: string) => void;
}

function LogsFeed({ input, onEvent, onError }: FeedProps) {
  const trpc = useTRPC();
  useSubscription(
    trpc.compose.logs.subscriptionOptions(input, { onData: onEvent, onError: (e) => onError(e.message) }),
  );
  return null;
}

export function ProjectLogs({ project }: { project: ComposeProject }) {
  const { t } = useTranslation();
  const names = project.services.map((s) => s.name);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [follow, setFollow] = useState(true);
  // Phase and errors belong to one feed (its key); a new feed starts live with none.
  const [ended, setEnded] = useState<string | null>(null);
  const [failures, setFailures] = useState<{ key: string; list: string[] }>({ key: '', list: [] });
  const regionRef = useRef<HTMLDivElement>(null);
  const count = useRef(0);
  const { ref, handle } = useTerminal({
    disableStdin: true,
    convertEol: true,
    cursorBlink: false,
    cursorInactiveStyle: 'none',
    scrollback: 50_000,
  });
  const width = Math.max(...names.map((n) => n.length), 1);
  const shown = names.filter((n) => !hidden.has(n));
  // A new feed when the filter, follow, or the project's containers (or which run) change.
  const membersKey = project.services
    .flatMap((s) => s.containers.map((c) => `${c.id}:${c.state === 'running' ? 1 : 0}`))
    .sort()
    .join(',');
  const feedKey = `${shown.join(',')}|${follow}|${membersKey}`;
  const input = useMemo(
    () => ({
      project: project.name,
      services: hidden.size > 0 ? shown : undefined,
      follow,
      tail: 500,
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key says when it changes
    [feedKey],
  );

  const phase = ended === feedKey ? 'ended' : 'live';
  const errors = failures.key === feedKey ? failures.list : [];
  const addError = (message: string) =>
    setFailures((old) => ({
      key: feedKey,
      list: [...(old.key === feedKey ? old.list : []).slice(-4), message],
    }));

  useEffect(() => {
    handle?.term.reset();
    count.current = 0;
    regionRef.current?.setAttribute('data-line-count', '0');
  }, [feedKey, handle]);

  const onEvent = (event: ComposeLogEvent) => {
    if (event.type === 'end') return setEnded(feedKey);
    if (event.type === 'error') return addError(`${event.service}: ${event.message}`);
    const term = handle?.term;
    if (!term) return;
    term.write(event.lines.map((l) => prefixLine(l.service, width, l.text, l.stream === 'stderr')).join(''));
    count.current += event.lines.length;
    regionRef.current?.setAttribute('data-line-count', String(count.current));
  };

  const toggle = (service: string) =>
    setHidden((old) => {
      const next = new Set(old);
      if (next.has(service)) next.delete(service);
      else next.add(service);
      return next;
    });

  return (
    <div className="logs-tab compose-logs">
      <div className="toolbar terminal-toolbar">
        <fieldset className="compose-service-filter">
          <legend className="visually-hidden">{t('compose.logs.filter')}</legend>
          {names.map((name) => (
            <label key={name} className={`service-toggle ansi-${serviceColour(name)}`}>
              <input type="checkbox" checked={!hidden.has(name)} onChange={() => toggle(name)} />
              {name}
            </label>
          ))}
        </fieldset>
        <label className="compose-follow">
          <input type="checkbox" checked={follow} onChange={(event) => setFollow(event.target.checked)} />
          {t('compose.logs.follow')}
        </label>
        <div className="toolbar-end">
          <TerminalSearch search={handle?.search ?? null} />
          <button
            type="button"
            className="icon-button"
            aria-label={t('compose.logs.copy')}
            title={t('compose.logs.copy')}
            onClick={() =>
              handle &&
              void navigator.clipboard.writeText(terminalText(handle.term, true)).catch(() => undefined)
            }
          >
            <Copy size={16} aria-hidden="true" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('compose.logs.download')}
            title={t('compose.logs.download')}
            onClick={() =>
              handle &&
              saveBlob(
                new Blob([terminalText(handle.term, false)], { type: 'text/plain;charset=utf-8' }),
                `${project.name}.log`,
              )
            }
          >
            <Download size={16} aria-hidden="true" />
          </button>
        </div>
      </div>
      {handle && shown.length > 0 ? (
        <LogsFeed key={feedKey} input={input} onEvent={onEvent} onError={addError} />
      ) : null}
      {errors.length > 0 ? (
        <p className="inline-error" role="alert">
          {errors.join('\n')}
        </p>
      ) : null}
      <div
        ref={regionRef}
        className="terminal-frame"
        role="log"
        aria-label={t('compose.logs.region', { name: project.name })}
        aria-live="off"
        data-line-count="0"
      >
        <div ref={ref} className="terminal-host" />
      </div>
      <div className="terminal-footer">
        <span className="muted" role="status">
          {shown.length === 0
            ? t('compose.logs.noneShown')
            : phase === 'ended'
              ? t('compose.logs.ended')
              : follow
                ? t('compose.logs.following')
                : ''}
        </span>
      </div>
      <CommandLine command={composeLogsCommand(project.name, hidden.size > 0 ? shown : [], follow)} />
    </div>
  );
}
