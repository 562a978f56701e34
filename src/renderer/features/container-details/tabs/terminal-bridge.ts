// The mutable side of one terminal session in the renderer (the terminal it writes to, whether
// the session has ended), kept out of React state so output batches never cause a render.
import type { Terminal } from '@xterm/xterm';
import type { TerminalEvent } from '@shared/api/container-details';

/** How a session ended: its process exited, or the stream closed with the process still running. */
export type SessionEnd = Exclude<TerminalEvent, { type: 'data' }>;

const RED = '\u001b[31m';
const DEFAULT_COLOUR = '\u001b[39m';

export class TerminalBridge {
  private term: Terminal | null = null;
  private ending: SessionEnd | null = null;
  private onEnd: (end: SessionEnd) => void = () => undefined;
  private endWords: (end: SessionEnd) => string = (end) => end.type;

  /** Who is told once the session ends, and the ending in words (written dimmed). */
  listen(onEnd: (end: SessionEnd) => void, endWords: (end: SessionEnd) => string): void {
    this.onEnd = onEnd;
    this.endWords = endWords;
  }

  attach(term: Terminal | null): void {
    this.term = term;
  }

  get ended(): boolean {
    return this.ending !== null;
  }

  /** One batch of output: written with a single term.write; stderr (non-TTY only) in red. */
  output(batch: TerminalEvent[]): void {
    let text = '';
    for (const event of batch) {
      if (event.type === 'data') text += event.stderr ? `${RED}${event.data}${DEFAULT_COLOUR}` : event.data;
      else text += this.finish(event);
    }
    if (text) this.term?.write(text);
  }

  /** Ends the session from this side (the user detached); the first ending wins. */
  end(end: SessionEnd): void {
    const text = this.finish(end);
    if (text) this.term?.write(text);
  }

  private finish(end: SessionEnd): string {
    if (this.ending) return '';
    this.ending = end;
    this.onEnd(end);
    return `\r\n\u001b[2m[${this.endWords(end)}]\u001b[22m\r\n`;
  }
}
