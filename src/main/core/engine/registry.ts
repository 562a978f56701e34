// The engines Berth holds, keyed by a stable id. One of them is active: the default for a call
// that names none. Who owns an engine (starts, reconnects, stops it) is whoever added it; the
// registry only finds engines.
import { EventEmitter } from 'node:events';
import type { EngineEntry } from '@shared/api';
import type { Engine } from './engine';

/**
 * The id of the engine the Backend discovers (settings, DOCKER_HOST, docker context, Berth's own
 * engine, the platform default). It names that slot, not an address: the slot keeps its id when
 * the user points it at another host, so the id is the same on every run and never leaks a path.
 * Settings still hold one `engineHost`: it (or the --engine flag) sets this slot's address only.
 * Engines added later get ids from what they are (e.g. "context:colima"), not from a counter.
 */
export const DEFAULT_ENGINE_ID = 'default';

/** A call named an engine Berth does not hold. */
export class UnknownEngineError extends Error {
  /** `engineId` null: the call named none and no engine is active. */
  constructor(
    readonly engineId: string | null,
    known: readonly string[],
  ) {
    super(
      engineId === null
        ? 'Berth holds no engine to use.'
        : `Berth has no engine with the id "${engineId}"` +
            (known.length ? ` (it has: ${known.join(', ')}).` : ' (it has none).'),
    );
    this.name = 'UnknownEngineError';
  }
}

export class EngineRegistry {
  private readonly engines = new Map<string, Engine>();
  private activeId: string | null = null;
  private readonly emitter = new EventEmitter();

  /** A registry of the given engines; the first becomes the active one. */
  constructor(engines: readonly Engine[] = []) {
    for (const engine of engines) this.add(engine);
  }

  /** Adds an engine under its id; the first one added becomes active. */
  add(engine: Engine): void {
    if (this.engines.has(engine.id)) throw new Error(`An engine with the id "${engine.id}" is already held.`);
    this.engines.set(engine.id, engine);
    this.activeId ??= engine.id;
    this.emitter.emit('change');
  }

  /** Forgets an engine (its owner stops it); the active one falls back to the first left. */
  remove(id: string): Engine | undefined {
    const engine = this.engines.get(id);
    if (!engine) return undefined;
    this.engines.delete(id);
    if (this.activeId === id) this.activeId = this.engines.keys().next().value ?? null;
    this.emitter.emit('change');
    return engine;
  }

  get(id: string): Engine | undefined {
    return this.engines.get(id);
  }

  list(): Engine[] {
    return [...this.engines.values()];
  }

  /** The engine a call gets when it names none. */
  active(): Engine {
    const engine = this.activeId === null ? undefined : this.engines.get(this.activeId);
    if (!engine) throw new UnknownEngineError(null, []);
    return engine;
  }

  setActive(id: string): void {
    if (!this.engines.has(id)) throw new UnknownEngineError(id, [...this.engines.keys()]);
    if (this.activeId === id) return;
    this.activeId = id;
    this.emitter.emit('change');
  }

  /** The engine a call names, or the active one when it names none. */
  resolve(id: string | undefined): Engine {
    if (id === undefined) return this.active();
    const engine = this.engines.get(id);
    if (!engine) throw new UnknownEngineError(id, [...this.engines.keys()]);
    return engine;
  }

  /** Each engine with its status, for the renderer to find the active one. */
  entries(): EngineEntry[] {
    return this.list().map((engine) => ({
      id: engine.id,
      active: engine.id === this.activeId,
      status: engine.status(),
    }));
  }

  /** Called when an engine is added or removed, or another one becomes active. */
  onChange(listener: () => void): () => void {
    this.emitter.on('change', listener);
    return () => this.emitter.off('change', listener);
  }
}
