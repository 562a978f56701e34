// Keeps the in-memory model true to the engine: one full list on (re)connect, then each
// /events message patches only what it touched. No polling.
import type Dockerode from 'dockerode';
import type { ContainerSummary, ImageSummary } from '../../../shared/api';
import { toContainerSummary } from '../containers/map';
import { toImageSummary } from '../images/map';
import type { Store } from './store';

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

const IMAGE_RELIST_DELAY_MS = 50;

/**
 * The engine emits some events before its list view (what /containers/json reads) has caught
 * up: right after `die`, the list may still say "running". For these actions we know the state
 * to expect, and re-read a few times until the list agrees.
 */
const EXPECTED_STATE: Record<string, (state: string) => boolean> = {
  start: (state) => state === 'running',
  unpause: (state) => state === 'running',
  restart: (state) => state === 'running',
  pause: (state) => state === 'paused',
  die: (state) => state !== 'running',
  stop: (state) => state !== 'running',
  oom: (state) => state !== 'running',
};
const SETTLE_RETRIES = 20;
const SETTLE_DELAY_MS = 25;

export class ModelSync {
  /** ID -> whether another read was requested while one is in flight, and what it should see. */
  private readonly refreshing = new Map<string, { again: boolean; expect?: (state: string) => boolean }>();
  private imageTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly docker: Dockerode,
    private readonly containers: Store<ContainerSummary>,
    private readonly images: Store<ImageSummary>,
  ) {}

  async resync(): Promise<void> {
    const [containers, images] = await Promise.all([
      this.docker.listContainers({ all: true }),
      this.docker.listImages({ all: false }),
    ]);
    if (this.closed) return;
    this.containers.reset(containers.map(toContainerSummary));
    const usage = this.imageUsage();
    this.images.reset(images.map((image) => toImageSummary(image, usage)));
  }

  handle(event: EngineEvent): void {
    if (this.closed) return;
    const action = event.Action ?? '';
    if (event.Type === 'container') {
      const id = event.Actor?.ID ?? event.id;
      if (!id || QUIET_CONTAINER_ACTIONS.has(action.split(':')[0]!)) return;
      if (action === 'destroy') {
        this.containers.remove(id);
        this.scheduleImageRelist();
      } else {
        void this.refreshContainer(id, action === 'create', EXPECTED_STATE[action]);
      }
    } else if (event.Type === 'image') {
      this.scheduleImageRelist();
    }
  }

  close(): void {
    this.closed = true;
    if (this.imageTimer) clearTimeout(this.imageTimer);
  }

  /** Re-reads one container; concurrent requests for the same ID collapse into one more read. */
  private async refreshContainer(
    id: string,
    created: boolean,
    expect?: (state: string) => boolean,
  ): Promise<void> {
    const pending = this.refreshing.get(id);
    if (pending) {
      pending.again = true;
      pending.expect = expect ?? pending.expect;
      if (created) this.scheduleImageRelist();
      return;
    }
    const entry: { again: boolean; expect?: (state: string) => boolean } = { again: true, expect };
    this.refreshing.set(id, entry);
    try {
      let retries = 0;
      while (entry.again) {
        entry.again = false;
        const found = await this.docker.listContainers({ all: true, filters: { id: [id] } });
        if (this.closed) return;
        const info = found.find((container) => container.Id === id);
        if (info && entry.expect && !entry.expect(info.State) && retries < SETTLE_RETRIES) {
          retries++;
          entry.again = true;
          await new Promise((resolve) => setTimeout(resolve, SETTLE_DELAY_MS));
          continue;
        }
        entry.expect = undefined;
        if (info) this.containers.upsert(toContainerSummary(info));
        else this.containers.remove(id);
      }
      if (created) this.scheduleImageRelist();
    } catch {
      // The engine went away mid-read; the reconnect's resync restores the truth.
    } finally {
      this.refreshing.delete(id);
    }
  }

  private scheduleImageRelist(): void {
    if (this.imageTimer || this.closed) return;
    this.imageTimer = setTimeout(() => {
      this.imageTimer = null;
      this.docker.listImages({ all: false }).then(
        (images) => {
          if (this.closed) return;
          const usage = this.imageUsage();
          this.images.replaceWithDelta(images.map((image) => toImageSummary(image, usage)));
        },
        () => undefined,
      );
    }, IMAGE_RELIST_DELAY_MS);
  }

  private imageUsage(): Map<string, number> {
    const usage = new Map<string, number>();
    for (const container of this.containers.list()) {
      usage.set(container.imageId, (usage.get(container.imageId) ?? 0) + 1);
    }
    return usage;
  }
}
