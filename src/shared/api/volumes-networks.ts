// Volumes and networks as their lists show them.
export interface VolumeSummary {
  /** The volume's name (its identity). */
  id: string;
  /** The engine that holds it (see engines.ts). */
  engineId: string;
  driver: string;
  mountpoint: string;
  /** ISO time, when the engine reports it. */
  createdAt: string | null;
  scope: string;
  labels: Record<string, string>;
  /** Containers (any state) that mount it. */
  containers: number;
  /** Anonymous volumes have a 64-hex name and no com.docker.volume.anonymous label in 20.10. */
  anonymous: boolean;
}

export interface NetworkSummary {
  id: string;
  /** The engine that holds it (see engines.ts). */
  engineId: string;
  name: string;
  driver: string;
  scope: string;
  subnets: string[];
  /** The gateways of its IPAM configs, where set. */
  gateways: string[];
  internal: boolean;
  createdAt: string | null;
  labels: Record<string, string>;
  /** Containers (any state) attached to it. */
  containers: number;
}
