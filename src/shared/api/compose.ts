// Compose apps: projects derived from the compose labels of the live containers list, and the
// inputs of the procedures that act on them (through the engine API or the compose tool).
import { z } from 'zod';
import { containerPathProblem } from '../ids/file-path';
import type { ContainerState, ContainerSummary, PublishedPort } from './containers';

export const COMPOSE_LABELS = {
  project: 'com.docker.compose.project',
  service: 'com.docker.compose.service',
  configFiles: 'com.docker.compose.project.config_files',
  workingDir: 'com.docker.compose.project.working_dir',
  number: 'com.docker.compose.container-number',
  oneoff: 'com.docker.compose.oneoff',
} as const;

/** Compose's own grammar for a project name: lowercase letters, digits, "-" and "_". */
export const composeProjectSchema = z
  .string()
  .trim()
  .min(1, 'A project name is required')
  .max(63, 'A project name is at most 63 characters')
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'Not a project name: use lowercase letters, digits, "-" and "_"');

/** A service name as compose accepts it. */
export const composeServiceSchema = z
  .string()
  .trim()
  .min(1, 'A service name is required')
  .max(63, 'A service name is at most 63 characters')
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, 'Not a service name');

/** A full path of a compose file or folder on the engine's host. */
export const hostPathSchema = z
  .string()
  .max(4096)
  .superRefine((value, ctx) => {
    const problem = containerPathProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** Whole-project or one-service actions the engine API does by itself. */
export const composeEngineActions = ['start', 'stop', 'restart', 'remove'] as const;
export type ComposeEngineAction = (typeof composeEngineActions)[number];

export const composeEngineActionInput = z.object({
  project: composeProjectSchema,
  service: composeServiceSchema.optional(),
  action: z.enum(composeEngineActions),
});
export type ComposeEngineActionInput = z.infer<typeof composeEngineActionInput>;

export interface ComposeActionResult {
  command: string;
  /** Containers the action did not manage, with the engine's words. */
  failures: { name: string; message: string }[];
}

/** Where the compose file comes from: a path on the host, the project's known files, or an upload. */
export const composeSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('path'), file: hostPathSchema }),
  z.object({ kind: z.literal('known') }),
  z.object({
    kind: z.literal('upload'),
    fileName: z.string().min(1).max(255),
    /** The file's text; compose files are small. */
    content: z.string().max(512 * 1024, 'A compose file is at most 512 KiB'),
  }),
]);
export type ComposeSource = z.infer<typeof composeSourceSchema>;

export const composeToolActions = ['up', 'down', 'pull', 'restart'] as const;
export type ComposeToolAction = (typeof composeToolActions)[number];

export const composeToolInput = z.object({
  project: composeProjectSchema,
  source: composeSourceSchema,
  action: z.enum(composeToolActions),
  /** up: --build / --pull always. */
  build: z.boolean().default(false),
  pull: z.boolean().default(false),
  /** down: -v, only when the user ticked it after seeing the volumes' names. */
  volumes: z.boolean().default(false),
});
export type ComposeToolInput = z.input<typeof composeToolInput>;

export interface ComposeToolResult {
  activityId: string;
  command: string;
}

export interface ComposeToolInfo {
  /** null when neither `docker compose` nor `docker-compose` was found. */
  kind: 'plugin' | 'standalone' | null;
  path: string | null;
  version: string | null;
  /** The line the tool is run as, e.g. "docker compose" or "docker-compose". */
  command: string | null;
}

export const composeProjectInput = z.object({ project: composeProjectSchema });

export const composeLogsInput = z.object({
  project: composeProjectSchema,
  services: z.array(composeServiceSchema).max(100).optional(),
  tail: z.number().int().min(0).max(100_000).nullable().default(500),
  follow: z.boolean().default(true),
});
export type ComposeLogsInput = z.input<typeof composeLogsInput>;

export interface ComposeLogLine {
  service: string;
  container: string;
  stream: 'stdout' | 'stderr';
  /** The engine's RFC 3339 stamp, or null where the line had none. */
  at: string | null;
  text: string;
}

export type ComposeLogEvent =
  | { type: 'lines'; lines: ComposeLogLine[] }
  | { type: 'end' }
  | { type: 'error'; service: string; message: string };

// ---- Projects derived from the containers list (pure; the renderer and core both use it) ----

export type ComposeState = 'running' | 'partial' | 'paused' | 'restarting' | 'exited' | 'created';

export interface ComposeService {
  name: string;
  state: ComposeState;
  running: number;
  containers: ContainerSummary[];
  ports: PublishedPort[];
  image: string;
}

export interface ComposeProject {
  name: string;
  state: ComposeState;
  running: number;
  total: number;
  services: ComposeService[];
  configFiles: string[];
  workingDir: string | null;
}

/** One state for several containers: all alike gives theirs, a mix with some running is partial. */
export function aggregateState(states: readonly ContainerState[]): ComposeState {
  if (states.length === 0) return 'exited';
  const running = states.filter((state) => state === 'running').length;
  if (running === states.length) return 'running';
  if (states.every((state) => state === 'paused')) return 'paused';
  if (states.some((state) => state === 'restarting')) return 'restarting';
  if (running > 0 || states.some((state) => state === 'paused')) return 'partial';
  if (states.every((state) => state === 'created')) return 'created';
  return 'exited';
}

const byName = (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, undefined, { numeric: true });

/** Compose's config_files label: a comma-separated list of full paths. */
export function configFilesOf(labels: Record<string, string>): string[] {
  const value = labels[COMPOSE_LABELS.configFiles];
  if (!value) return [];
  return value
    .split(',')
    .map((file) => file.trim())
    .filter((file) => file && containerPathProblem(file) === null);
}

/** The projects that the containers' labels describe, by name, each with its services by name. */
export function deriveProjects(containers: readonly ContainerSummary[]): ComposeProject[] {
  const projects = new Map<string, ContainerSummary[]>();
  for (const container of containers) {
    const name = container.labels[COMPOSE_LABELS.project];
    if (!name) continue;
    const list = projects.get(name);
    if (list) list.push(container);
    else projects.set(name, [container]);
  }
  const result: ComposeProject[] = [];
  for (const [name, members] of projects) {
    const services = new Map<string, ContainerSummary[]>();
    for (const container of members) {
      const service = container.labels[COMPOSE_LABELS.service] ?? container.name;
      const list = services.get(service);
      if (list) list.push(container);
      else services.set(service, [container]);
    }
    const serviceList: ComposeService[] = [...services].map(([serviceName, list]) => {
      const sorted = [...list].sort(byName);
      return {
        name: serviceName,
        state: aggregateState(sorted.map((c) => c.state)),
        running: sorted.filter((c) => c.state === 'running').length,
        containers: sorted,
        ports: sorted.flatMap((c) => c.ports),
        image: sorted[0]?.image ?? '',
      };
    });
    serviceList.sort(byName);
    // The newest container's labels say where the project's files are now.
    const newest = [...members].sort((a, b) => b.created - a.created)[0]!;
    result.push({
      name,
      state: aggregateState(members.map((c) => c.state)),
      running: members.filter((c) => c.state === 'running').length,
      total: members.length,
      services: serviceList,
      configFiles: configFilesOf(newest.labels),
      workingDir: newest.labels[COMPOSE_LABELS.workingDir] || null,
    });
  }
  return result.sort(byName);
}

/** The containers of one project (and one service, if named), from the containers list. */
export function projectContainers(
  containers: readonly ContainerSummary[],
  project: string,
  service?: string,
): ContainerSummary[] {
  return containers.filter(
    (container) =>
      container.labels[COMPOSE_LABELS.project] === project &&
      (service === undefined || container.labels[COMPOSE_LABELS.service] === service),
  );
}
