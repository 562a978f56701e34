// The engine's identity and health, as the UI shows them ("which engine, and why this one").
import { z } from 'zod';

export const endpointSources = ['settings', 'DOCKER_HOST', 'context', 'vm', 'default'] as const;
export type EndpointSource = (typeof endpointSources)[number];

export interface EngineEndpoint {
  /** The address as a user would write it in DOCKER_HOST, e.g. unix:///var/run/docker.sock. */
  host: string;
  kind: 'unix' | 'npipe' | 'tcp' | 'ssh';
  source: EndpointSource;
  /** Words for the UI: why this engine was chosen (e.g. "docker context 'colima'"). */
  reason: string;
  tls: boolean;
}

export interface EngineVersion {
  engine: string;
  api: string;
  os: string;
  arch: string;
  kernel: string;
}

export type EngineState = 'connecting' | 'connected' | 'disconnected';

export interface EngineStatus {
  state: EngineState;
  endpoint: EngineEndpoint | null;
  version: EngineVersion | null;
  /** Why the engine is not connected, in words. */
  reason: string | null;
  /** ms since epoch of the last state change. */
  since: number;
  /** ms since epoch when the next reconnect attempt happens, while disconnected. */
  nextRetryAt: number | null;
}

export interface EngineInfo {
  name: string;
  operatingSystem: string;
  cpus: number;
  memoryBytes: number;
  containers: { total: number; running: number; paused: number; stopped: number };
  images: number;
  storageDriver: string;
  cgroupVersion: string;
  dockerRootDir: string;
}

export const engineHostSchema = z
  .string()
  .trim()
  .regex(/^(unix|npipe|tcp|ssh):\/\/.+/, 'Use unix://, npipe://, tcp:// or ssh://');

/** "Test connection" in Settings: the engine at a typed address, or why it cannot be reached. */
export type EngineTestResult = { ok: true; version: EngineVersion } | { ok: false; message: string };

/** `docker system df`, summed per kind (bytes). */
export interface DiskUsage {
  imagesSize: number;
  images: number;
  containersSize: number;
  containers: number;
  volumesSize: number;
  volumes: number;
  buildCacheSize: number;
}
