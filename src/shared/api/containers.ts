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

/** Deltas pushed to the renderer; a snapshot replaces everything (first message, and after a resync). */
export type ContainerChange =
  | { type: 'snapshot'; containers: ContainerSummary[] }
  | { type: 'upsert'; container: ContainerSummary }
  | { type: 'remove'; id: string };

/** The input of every procedure that names one container and nothing else. */
export const containerRefInput = z.object({ id: containerIdOrNameSchema });

export const containerListInput = z.object({ all: z.boolean().default(true) }).default({ all: true });
