// Containers as the list shows them, and the changes that keep the list fresh.
import { z } from 'zod';
import { containerIdOrNameSchema } from '../ids/engine-names';
import type { ContainerState } from './container-constants';

export { containerStates, type ContainerState } from './container-constants';

export type ContainerHealth = 'starting' | 'healthy' | 'unhealthy' | null;

export interface PublishedPort {
  ip: string;
  hostPort: number | null;
  containerPort: number;
  protocol: 'tcp' | 'udp' | 'sctp';
}

export interface ContainerSummary {
  id: string;
  /** The engine that holds it (see engines.ts). */
  engineId: string;
  /** Primary name without the leading slash. */
  name: string;
  image: string;
  imageId: string;
  command: string;
  /** Seconds since epoch, as the engine reports it. */
  created: number;
  state: ContainerState;
  /** The engine's human status, e.g. "Up 3 minutes (healthy)". */
  status: string;
  exitCode: number | null;
  health: ContainerHealth;
  ports: PublishedPort[];
  labels: Record<string, string>;
  composeProject: string | null;
}

/** The input of every procedure that names one container and nothing else. */
export const containerRefInput = z.object({ id: containerIdOrNameSchema });

export const containerListInput = z.object({ all: z.boolean().default(true) }).default({ all: true });

/** The shortest ID prefix Berth resolves (the engine takes shorter ones; a list filter should not). */
export const MIN_ID_PREFIX = 4;

/**
 * The container `ref` names, in the engine's order: a full ID, then a name, then an ID prefix
 * (of at least MIN_ID_PREFIX characters) that only one container has. The one rule for the
 * details page, stats and prune.
 */
export function findContainer<T extends { id: string; name: string }>(
  list: readonly T[] | undefined,
  ref: string,
): T | undefined {
  if (!list || !ref) return undefined;
  const exact = list.find((c) => c.id === ref) ?? list.find((c) => c.name === ref);
  if (exact || ref.length < MIN_ID_PREFIX) return exact;
  const matches = list.filter((c) => c.id.startsWith(ref));
  return matches.length === 1 ? matches[0] : undefined;
}
