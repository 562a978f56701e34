// Writes log batches to xterm: whole runs (never a write per line), stderr in red, and a callback
// once a batch is drawn, which the feed turns into acknowledgements so the server sends only a
// window ahead of the terminal (see core/containers/logs.ts). The terminal runs with convertEol, so "\n" ends a line.
// A bound on what is waiting to be parsed stays as a last resort: past it, lines are dropped and
// counted, never queued.
import type { Terminal } from '@xterm/xterm';
import type { LogRun } from '@shared/api/container-details';

const RED = '\u001b[31m';
const DEFAULT_FG = '\u001b[39m';

/** The text one batch becomes: stderr lines wrapped in red (each line's own colours stay). */
export function renderRuns(runs: LogRun[]): string {
  let out = '';
  for (const run of runs) {
    if (run.stream === 'stderr')
      out += `${RED}${run.text.slice(0, -1).replaceAll('\n', `${DEFAULT_FG}\n${RED}`)}${DEFAULT_FG}\n`;
    else out += run.text;
  }
  return out;
}

export interface LogWriterEvents {
  /** Lines xterm has finished parsing, in total. */
  onWritten(total: number): void;
  onDropped(total: number): void;
}

/** Told how many of a batch's characters are off the wire (drawn, or dropped here). */
export type OnDrawn = (chars: number) => void;

/** Characters per term.write: xterm yields to the page between writes, never inside one. */
const PIECE = 2 * 1024;

export class LogWriter {
  private pendingChars = 0;
  private written = 0;
  private dropped = 0;
  private generation = 0;

  constructor(
    private readonly term: Terminal,
    private readonly events: LogWriterEvents,
    /** Characters allowed to wait for xterm (~16 MB); beyond, new batches are dropped. */
    private readonly maxPendingChars = 8 * 1024 * 1024,
  ) {}

  write(runs: LogRun[], droppedUpstream = 0, onDrawn?: OnDrawn): void {
    let count = 0;
    let chars = 0;
    for (const run of runs) {
      count += run.lines;
      chars += run.text.length;
    }
    if (droppedUpstream) this.addDropped(droppedUpstream);
    if (count === 0) return onDrawn?.(chars);
    const text = renderRuns(runs);
    if (this.pendingChars + text.length > this.maxPendingChars) {
      this.addDropped(count);
      return onDrawn?.(chars);
    }
    this.pendingChars += text.length;
    const generation = this.generation;
    const done = () => {
      this.pendingChars -= text.length;
      onDrawn?.(chars);
      if (generation !== this.generation) return;
      this.written += count;
      this.events.onWritten(this.written);
    };
    // A big batch goes in pieces cut at line ends, so one parse never blocks the page for long.
    for (let start = 0; start < text.length;) {
      let end = Math.min(text.length, start + PIECE);
      if (end < text.length) {
        const newline = text.lastIndexOf('\n', end);
        if (newline > start) end = newline + 1;
      }
      const piece = text.slice(start, end);
      start = end;
      this.term.write(piece, start >= text.length ? done : undefined);
    }
  }

  /** After the terminal was cleared: counts start again (writes in flight no longer count). */
  reset(): void {
    this.generation++;
    this.written = 0;
    this.dropped = 0;
    this.events.onWritten(0);
    this.events.onDropped(0);
  }

  private addDropped(count: number): void {
    this.dropped += count;
    this.events.onDropped(this.dropped);
  }
}

/** A stable holder for the current writer, so subscription callbacks never read React refs. */
export class LogSink {
  private writer: LogWriter | null = null;

  attach(writer: LogWriter | null): void {
    this.writer = writer;
  }

  /** Without a writer (the terminal is gone) the batch counts as drawn, so no feed stalls. */
  write(runs: LogRun[], droppedUpstream = 0, onDrawn?: OnDrawn): void {
    if (this.writer) this.writer.write(runs, droppedUpstream, onDrawn);
    else onDrawn?.(runs.reduce((sum, run) => sum + run.text.length, 0));
  }

  reset(): void {
    this.writer?.reset();
  }
}
