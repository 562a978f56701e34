// The engine's resources as Berth holds them in memory.
import type { ContainerSummary, ImageSummary, NetworkSummary, VolumeSummary } from '@shared/api';
import { Store } from './store';

export interface EngineModel {
  /** The engine's id in the registry: every item of its model carries it. */
  readonly id: string;
  containers: Store<ContainerSummary>;
  images: Store<ImageSummary>;
  volumes: Store<VolumeSummary>;
  networks: Store<NetworkSummary>;
}

export function createEngineModel(id: string): EngineModel {
  return { id, containers: new Store(), images: new Store(), volumes: new Store(), networks: new Store() };
}
