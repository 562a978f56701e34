// A project's logs: every service merged in time order, each line prefixed by its service in a
// stable colour; filter by service, follow, search, copy and download, as the container log view
// (it shares that view's terminal, search and actions: container-details/tabs/log-view.tsx).
import { useSubscription } from '@trpc/tanstack-react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeLogEvent, ComposeProject } from '@shared/api/compose';
import { composeLogsCommand } from '@shared/cli/compose-commands';
import { useTRPC } from '@renderer/api/trpc';
import { CommandLine } from '@renderer/components/CommandLine';
import { LogActions, LogRegion, useLogTerminal } from '../container-details/tabs/log-view';
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
  const { ref, handle } = useLogTerminal(50_000);
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
        <LogActions handle={handle} fileName={`${project.name}.log`} />
      </div>
      {handle && shown.length > 0 ? (
        <LogsFeed key={feedKey} input={input} onEvent={onEvent} onError={addError} />
      ) : null}
      {errors.length > 0 ? (
        <p className="inline-error" role="alert">
          {errors.join('\n')}
        </p>
      ) : null}
      <LogRegion
        label={t('compose.logs.region', { name: project.name })}
        regionRef={regionRef}
        hostRef={ref}
      />
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
