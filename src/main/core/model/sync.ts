// Keeps the in-memory model true to the engine: one full list on (re)connect, then each
// /events message patches only what it touched. No polling.
import { HELPER_LABEL } from '../volumes/helper';
import type Dockerode from 'dockerode';
import type { ContainerInfo } from 'dockerode';
import { toContainerSummary } from './container-map';
import { toImageSummary } from './image-map';
import { toNetworkSummary } from './network-map';
import { toVolumeSummary, type EngineVolume } from './volume-map';
import { Relister } from './relister';
import type { EngineModel } from './engine-model';

/** A short-lived container Berth runs for itself (volumes/helper.ts): kept out of the model. */
function isBerthHelper(info: { Labels?: Record<string, string> }): boolean {
  return info.Labels?.[HELPER_LABEL] !== undefined;
}

export interface EngineEvent {
  Type?: string;
  Action?: string;
  Actor?: { ID?: string; Attributes?: Record<string, string> };
  id?: string;
  time?: number;
}

/** Container actions that never change what the list shows. */
const QUIET_CONTAINER_ACTIONS = new Set([
  'exec_create',
  'exec_start',
  'exec_die',
  'exec_detach',
  'attach',
  'detach',
  'resize',
  'top',
  'archive-path',
  'extract-to-dir',
  'export',
  'copy',
  'commit',
]);

/**
 * The engine emits some events before its list view (what /containers/json reads) has caught
 * up: right after `die` the list may still say "running", right after `rename` the old name.
 * For these actions we know what to expect, and re-read a few times until the list agrees.
 */
type Expectation = (info: ContainerInfo) => boolean;

const stateIs =
  (test: (state: string) => boolean): Expectation =>
  (info) =>
    test(info.State);

const EXPECTED: Record<string, (event: EngineEvent) => Expectation> = {
  start: () => stateIs((state) => state === 'running'),
  unpause: () => stateIs((state) => state === 'running'),
  restart: () => stateIs((state) => state === 'running'),
  pause: () => stateIs((state) => state === 'paused'),
  die: () => stateIs((state) => state !== 'running'),
  stop: () => stateIs((state) => state !== 'running'),
  oom: () => stateIs((state) => state !== 'running'),
  rename: (event) => (info) => info.Names?.[0] === `/${event.Actor?.Attributes?.name ?? ''}`,
};
/** After a network connect or disconnect: the list shows (or no longer shows) that endpoint. */
function attachedTo(network: string | undefined, attached: boolean): Expectation | undefined {
  if (!network) return undefined;
  return (info) => Boolean(info.NetworkSettings?.Networks?.[network]?.EndpointID) === attached;
}
const SETTLE_RETRIES = 20;
const SETTLE_DELAY_MS = 25;

export class ModelSync {
  /** ID -> whether another read was requested while one is in flight, and what it should see. */
  private readonly refreshing = new Map<string, { again: boolean; expect?: Expectation }>();
  /** What each container uses, to count users of images, volumes and networks. */
  private readonly uses = new Map<string, { image: string; volumes: string[]; networks: string[] }>();
  private readonly images: Relister;
  private readonly volumes: Relister;
  private readonly networks: Relister;
  private closed = false;

  constructor(
    private readonly docker: Dockerode,
    private readonly model: EngineModel,
  ) {
    this.images = new Relister(() => this.relistImages());
    this.volumes = new Relister(() => this.relistVolumes());
    this.networks = new Relister(() => this.relistNetworks());
  }

  async resync(): Promise<void> {
    const [containers, images, volumes, networks] = await Promise.all([
      this.docker.listContainers({ all: true }),
      this.docker.listImages({ all: false }),
      this.docker.listVolumes(),
      this.docker.listNetworks(),
    ]);
    if (this.closed) return;
    this.uses.clear();
    const shown = containers.filter((info) => !isBerthHelper(info));
    for (const info of shown) this.recordUses(info);
    this.model.containers.reset(shown.map((info) => this.scoped(toContainerSummary(info))));
    const count = this.counts();
    this.model.images.reset(images.map((image) => this.scoped(toImageSummary(image, count.images))));
    const volumeList = (volumes.Volumes ?? []) as EngineVolume[];
    this.model.volumes.reset(volumeList.map((volume) => this.scoped(toVolumeSummary(volume, count.volumes))));
    this.model.networks.reset(
      networks.map((network) => this.scoped(toNetworkSummary(network, count.networks))),
    );
  }

  handle(event: EngineEvent): void {
    if (this.closed) return;
    const action = event.Action ?? '';
    switch (event.Type) {
      case 'container': {
        const id = event.Actor?.ID ?? event.id;
        // `docker commit` makes an image (possibly untagged, so no image event says so).
        if (action === 'commit') this.images.schedule();
        if (!id || QUIET_CONTAINER_ACTIONS.has(action.split(':')[0]!)) return;
        if (action === 'destroy') {
          this.model.containers.remove(id);
          this.uses.delete(id);
          this.recount();
        } else {
          void this.refreshContainer(id, EXPECTED[action]?.(event));
        }
        return;
      }
      case 'image':
        this.images.schedule();
        return;
      case 'volume':
        this.volumes.schedule();
        return;
      case 'network': {
        this.networks.schedule();
        // `docker network connect/disconnect` changes a container without a container event.
        const container = event.Actor?.Attributes?.container;
        if ((action === 'connect' || action === 'disconnect') && container) {
          void this.refreshContainer(
            container,
            attachedTo(event.Actor?.Attributes?.name, action === 'connect'),
          );
        }
        return;
      }
    }
  }

  close(): void {
    this.closed = true;
    for (const relister of [this.images, this.volumes, this.networks]) relister.close();
  }

  /** Re-reads one container; concurrent requests for the same ID collapse into one more read. */
  private async refreshContainer(id: string, expect?: Expectation): Promise<void> {
    const pending = this.refreshing.get(id);
    if (pending) {
      pending.again = true;
      pending.expect = expect ?? pending.expect;
      return;
    }
    const entry: { again: boolean; expect?: Expectation } = { again: true, expect };
    this.refreshing.set(id, entry);
    try {
      let retries = 0;
      while (entry.again) {
        entry.again = false;
        const found = await this.docker.listContainers({ all: true, filters: { id: [id] } });
        if (this.closed) return;
        // Berth's own short-lived helpers (volume backup, browse) are not the user's containers.
        const info = found.find((container) => container.Id === id && !isBerthHelper(container));
        if (info && entry.expect && !entry.expect(info) && retries < SETTLE_RETRIES) {
          retries++;
          entry.again = true;
          await new Promise((resolve) => setTimeout(resolve, SETTLE_DELAY_MS));
          continue;
        }
        entry.expect = undefined;
        if (info) {
          this.model.containers.upsert(this.scoped(toContainerSummary(info)));
          if (this.recordUses(info)) this.recount();
        } else {
          this.model.containers.remove(id);
          if (this.uses.delete(id)) this.recount();
        }
      }
    } catch {
      // The engine went away mid-read; the reconnect's resync restores the truth.
    } finally {
      this.refreshing.delete(id);
    }
  }

  /** A mapped item, marked with the engine whose model holds it. */
  private scoped<T>(item: T): T & { engineId: string } {
    return { ...item, engineId: this.model.id };
  }

  /** Remembers what a container uses; true when that changed. */
  private recordUses(info: ContainerInfo): boolean {
    const next = {
      image: info.ImageID,
      volumes: (info.Mounts ?? []).filter((m) => m.Type === 'volume' && m.Name).map((m) => m.Name!),
      // As `docker network inspect` counts: containers with an endpoint on the network. A created
      // or stopped container still lists its networks, with no endpoint; keyed by name, since a
      // created container has no NetworkID yet.
      networks: Object.entries(info.NetworkSettings?.Networks ?? {})
        .filter(([, network]) => Boolean(network.EndpointID))
        .map(([name]) => name),
    };
    const previous = this.uses.get(info.Id);
    this.uses.set(info.Id, next);
    return !previous || JSON.stringify(previous) !== JSON.stringify(next);
  }

  private counts() {
    const images = new Map<string, number>();
    const volumes = new Map<string, number>();
    const networks = new Map<string, number>();
    const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
    for (const use of this.uses.values()) {
      bump(images, use.image);
      for (const volume of use.volumes) bump(volumes, volume);
      for (const network of use.networks) bump(networks, network);
    }
    return { images, volumes, networks };
  }

  /** Updates the "used by" counts in place, without asking the engine again. */
  private recount(): void {
    const count = this.counts();
    for (const image of this.model.images.list()) {
      this.model.images.upsert({ ...image, containers: count.images.get(image.id) ?? 0 });
    }
    for (const volume of this.model.volumes.list()) {
      this.model.volumes.upsert({ ...volume, containers: count.volumes.get(volume.id) ?? 0 });
    }
    for (const network of this.model.networks.list()) {
      this.model.networks.upsert({ ...network, containers: count.networks.get(network.name) ?? 0 });
    }
  }

  private async relistImages(): Promise<void> {
    const images = await this.docker.listImages({ all: false });
    if (this.closed) return;
    const count = this.counts();
    this.model.images.replaceWithDelta(
      images.map((image) => this.scoped(toImageSummary(image, count.images))),
    );
  }

  private async relistVolumes(): Promise<void> {
    const volumes = await this.docker.listVolumes();
    if (this.closed) return;
    const count = this.counts();
    const list = (volumes.Volumes ?? []) as EngineVolume[];
    this.model.volumes.replaceWithDelta(
      list.map((volume) => this.scoped(toVolumeSummary(volume, count.volumes))),
    );
  }

  private async relistNetworks(): Promise<void> {
    const networks = await this.docker.listNetworks();
    if (this.closed) return;
    const count = this.counts();
    this.model.networks.replaceWithDelta(
      networks.map((network) => this.scoped(toNetworkSummary(network, count.networks))),
    );
  }
}
