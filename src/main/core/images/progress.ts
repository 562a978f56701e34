// Folds the engine's pull/push progress lines into per-layer rows and one total.
// Rules: a layer whose size is not known yet keeps the total unknown (null); bytes never go
// backwards; "Already exists", "Pull complete", "Pushed", ... count as done; an in-band
// {"error": ...} line (the engine sends those on an HTTP 200) is an error, not a success.
import type { LayerOutcome, LayerProgress } from '@shared/api';

export interface ProgressLine {
  id?: string;
  status?: string;
  progress?: string;
  progressDetail?: { current?: number; total?: number };
  error?: string;
  errorDetail?: { code?: number; message?: string };
  aux?: unknown;
}

/** Statuses that mean a layer is finished (its bytes are all there). */
const DONE = new Set([
  'Already exists',
  'Pull complete',
  'Download complete',
  'Pushed',
  'Layer already exists',
]);
/** Statuses after which a layer needs nothing more (a downloaded layer still has to be extracted). */
const FINAL = new Set(['Already exists', 'Pull complete', 'Pushed', 'Layer already exists']);
/** Statuses that belong to a layer row (others, like "Pulling from x", are log lines). */
const LAYER_STATUS =
  /^(Pulling fs layer|Waiting|Downloading|Verifying Checksum|Download complete|Extracting|Pull complete|Already exists|Preparing|Pushing|Pushed|Layer already exists|Mounted from .*|Retrying in .*)$/;

interface LayerState extends LayerProgress {
  done: boolean;
  final: boolean;
}

export class ProgressAggregator {
  private readonly layers = new Map<string, LayerState>();
  private errorMessage: string | null = null;
  private readonly messages: string[] = [];

  /** Feeds one line; returns a log line for statuses that are not layer rows. */
  add(line: ProgressLine): string | null {
    if (line.error || line.errorDetail?.message) {
      this.errorMessage = line.errorDetail?.message ?? line.error ?? 'unknown error';
      return this.errorMessage;
    }
    const status = line.status ?? '';
    if (!line.id || !LAYER_STATUS.test(status)) {
      if (status) {
        const text = line.id ? `${line.id}: ${status}` : status;
        this.messages.push(text);
        return text;
      }
      return null;
    }
    const layer = this.layers.get(line.id) ?? {
      id: line.id,
      status,
      current: 0,
      total: null,
      done: false,
      final: false,
    };
    layer.status = status;
    const detail = line.progressDetail ?? {};
    const phaseCounts = status === 'Downloading' || status === 'Pushing';
    if (phaseCounts && typeof detail.total === 'number' && detail.total > 0) {
      layer.total = Math.max(layer.total ?? 0, detail.total);
    }
    if (phaseCounts && typeof detail.current === 'number') {
      const capped = layer.total === null ? detail.current : Math.min(detail.current, layer.total);
      layer.current = Math.max(layer.current, capped);
    }
    if (DONE.has(status) || status.startsWith('Mounted from')) {
      layer.done = true;
      if (layer.total === null) layer.total = layer.current;
      layer.current = layer.total;
    }
    layer.final = FINAL.has(status) || status.startsWith('Mounted from');
    this.layers.set(line.id, layer);
    return null;
  }

  get error(): string | null {
    return this.errorMessage;
  }

  /** Non-layer statuses seen so far ("Digest: ...", "Status: Downloaded newer image ..."). */
  get log(): readonly string[] {
    return this.messages;
  }

  layerRows(): LayerProgress[] {
    return [...this.layers.values()].map(({ id, status, current, total, outcome }) =>
      outcome ? { id, status, current, total, outcome } : { id, status, current, total },
    );
  }

  /**
   * Marks every unfinished layer with how the transfer ended, so a failed or cancelled pull stops
   * showing "Downloading" or "Retrying in 5 seconds" for ever; returns the rows.
   */
  settle(outcome: LayerOutcome): LayerProgress[] {
    for (const layer of this.layers.values()) if (!layer.final) layer.outcome = outcome;
    return this.layerRows();
  }

  /** Bytes done over all layers; total is null while any layer's size is unknown. */
  total(): { current: number; total: number | null } {
    let current = 0;
    let total: number | null = 0;
    for (const layer of this.layers.values()) {
      current += layer.current;
      if (layer.total === null) total = null;
      else if (total !== null) total += layer.total;
    }
    return { current, total };
  }
}
