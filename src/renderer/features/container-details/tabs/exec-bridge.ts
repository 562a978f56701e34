// The mutable side of one exec session in the renderer (the terminal it writes to, whether the
// shell has exited), kept out of React state so output batches never cause a render.
import type { Terminal } from '@xterm/xterm';
import type { ExecEvent } from '../../../../shared/api/container-details';

export class ExecBridge {
  private term: Terminal | null = null;
  private ended = false;

  constructor(
    private readonly onExit: (code: number | null) => void,
    private readonly exitWords: (code: number | null) => string,
  ) {}

  attach(term: Terminal | null): void {
    this.term = term;
  }

  get exited(): boolean {
    return this.ended;
  }

  /** One batch of output: written with a single term.write; the exit code ends the session. */
  output(batch: ExecEvent[]): void {
    let text = '';
    for (const event of batch) {
      if (event.type === 'data') text += event.data;
      else {
        this.ended = true;
        this.onExit(event.code);
        text += `\r\n\u001b[2m[${this.exitWords(event.code)}]\u001b[22m\r\n`;
      }
    }
    if (text) this.term?.write(text);
  }
}
