// A project's logs, all services merged as `docker compose logs` does: first the tail of every
// container, sorted by the engine's line stamps; then, when following, each container's new lines
// (from just after its last stamp, so none twice and none lost) as they arrive. Each line carries
// its service. Built on the container log feed (containers/logs.ts), which owns backpressure.
import type Dockerode from 'dockerode';
import type { ContainerSummary } from '@shared/api';
import { COMPOSE_LABELS, type ComposeLogEvent, type ComposeLogLine } from '@shared/api/compose';
import { runLines, type LogEvent } from '@shared/api/container-details';
import { engineMessage } from '../engine/errors';
import { containerLogs } from '../containers/logs';
import { sinceAfter } from '../containers/log-timestamps';
import { batchedFeed } from '../streams/batched-feed';
import type { FlowWindows } from '../streams/flow-window';

const STAMP = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d)) /;

export interface ProjectLogsOptions {
  tail: number | null;
  follow: boolean;
  signal: AbortSignal;
  /** The backend's log feeds (each container's feed is one of them). */
  feeds: FlowWindows;
}

function serviceOf(container: ContainerSummary): string {
  return container.labels[COMPOSE_LABELS.service] ?? container.name;
}

/** The lines of one log event, each with its stamp split off. */
export function eventLines(container: ContainerSummary, event: LogEvent): ComposeLogLine[] {
  if (event.type !== 'lines') return [];
  const service = serviceOf(container);
  const lines: ComposeLogLine[] = [];
  for (const run of event.runs)
    for (const raw of runLines(run)) {
      const match = STAMP.exec(raw);
      lines.push({
        service,
        container: container.name,
        stream: run.stream,
        at: match ? match[1]! : null,
        text: match ? raw.slice(match[0].length) : raw,
      });
    }
  return lines;
}

/** Orders by stamp (RFC 3339 in UTC sorts as text once the fraction is padded); stable otherwise. */
export function byTime(lines: ComposeLogLine[]): ComposeLogLine[] {
  const key = (line: ComposeLogLine) =>
    line.at
      ? line.at.replace(/(\.\d+)?Z$/, (_m, frac: string | undefined) => `${(frac ?? '.').padEnd(10, '0')}Z`)
      : '';
  return lines
    .map((line, index) => ({ line, index, key: key(line) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
    .map((entry) => entry.line);
}

async function tailOf(
  docker: Dockerode,
  container: ContainerSummary,
  tail: number | null,
  signal: AbortSignal,
  feeds: FlowWindows,
) {
  const lines: ComposeLogLine[] = [];
  for await (const event of containerLogs(
    docker,
    { id: container.id, follow: false, tail, timestamps: true },
    signal,
    feeds,
  ))
    lines.push(...eventLines(container, event));
  return lines;
}

export async function* projectLogs(
  docker: Dockerode,
  containers: readonly ContainerSummary[],
  options: ProjectLogsOptions,
): AsyncGenerator<ComposeLogEvent> {
  const { signal } = options;
  const startedAt = (Date.now() / 1000).toFixed(9);
  const errors: ComposeLogEvent[] = [];
  const tails = await Promise.all(
    containers.map((container) =>
      tailOf(docker, container, options.tail, signal, options.feeds).catch((error: unknown) => {
        errors.push({ type: 'error', service: serviceOf(container), message: engineMessage(error) });
        return [] as ComposeLogLine[];
      }),
    ),
  );
  yield* errors;
  const merged = byTime(tails.flat());
  for (let i = 0; i < merged.length; i += 2000) yield { type: 'lines', lines: merged.slice(i, i + 2000) };
  if (!options.follow || signal.aborted) {
    yield { type: 'end' };
    return;
  }
  const followers = containers.filter(
    (c) => c.state === 'running' || c.state === 'restarting' || c.state === 'paused',
  );
  const feed = batchedFeed<ComposeLogEvent>({
    signal,
    intervalMs: 30,
    maxQueued: 5_000,
    subscribe: (push, end) => {
      let open = followers.length;
      if (open === 0) end();
      for (const [index, container] of containers.entries()) {
        if (!followers.includes(container)) continue;
        const last = tails[index]!.findLast((line) => line.at !== null)?.at ?? null;
        const since = (last && sinceAfter(last)) || startedAt;
        void (async () => {
          try {
            for await (const event of containerLogs(
              docker,
              { id: container.id, follow: true, tail: null, since, timestamps: true },
              signal,
              options.feeds,
            )) {
              const lines = eventLines(container, event);
              if (lines.length > 0) push({ type: 'lines', lines });
            }
          } catch (error) {
            if (!signal.aborted)
              push({ type: 'error', service: serviceOf(container), message: engineMessage(error) });
          } finally {
            open--;
            if (open === 0) end();
          }
        })();
      }
      return () => undefined;
    },
  });
  for await (const batch of feed) {
    const lines = batch.flatMap((event) => (event.type === 'lines' ? event.lines : []));
    for (const event of batch) if (event.type === 'error') yield event;
    if (lines.length > 0) yield { type: 'lines', lines: byTime(lines) };
  }
  if (!signal.aborted) yield { type: 'end' };
}
