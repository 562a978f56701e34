// Reads the engine's build JSON stream (classic builder): `stream` text, `status` lines (pulls
// during --pull), `aux.ID` (the built image), and in-band `error`/`errorDetail`, which arrive
// with HTTP 200 and must end the build as failed, naming the step that failed.

export interface BuildMessage {
  stream?: string;
  status?: string;
  id?: string;
  progress?: string;
  aux?: { ID?: string };
  error?: string;
  errorDetail?: { code?: number; message?: string };
}

export type BuildOutputEvent =
  { type: 'output'; text: string } | { type: 'error'; message: string; step: string | null };

const STEP = /^Step \d+\/\d+ : .*/;

export class BuildOutput {
  imageId: string | null = null;
  error: { message: string; step: string | null } | null = null;
  /** The last "Step n/m : INSTRUCTION" seen, to say which step failed. */
  step: string | null = null;

  /** Turns one message into what the user should see. */
  feed(message: BuildMessage): BuildOutputEvent[] {
    const events: BuildOutputEvent[] = [];
    if (typeof message.stream === 'string' && message.stream !== '') {
      for (const line of message.stream.split('\n')) {
        const match = STEP.exec(line.trim());
        if (match) this.step = match[0];
      }
      const id = /Successfully built ([0-9a-f]{12,64})/.exec(message.stream);
      if (id && !this.imageId) this.imageId = id[1]!;
      events.push({ type: 'output', text: message.stream });
    }
    if (typeof message.status === 'string') {
      const text = [message.id, message.status, message.progress].filter(Boolean).join(' ');
      events.push({ type: 'output', text: `${text}\n` });
    }
    if (message.aux?.ID) this.imageId = message.aux.ID;
    const error = message.errorDetail?.message ?? message.error;
    if (error) {
      this.error = { message: error.trim(), step: this.step };
      events.push({ type: 'error', message: error.trim(), step: this.step });
    }
    return events;
  }
}

/** The lines worth keeping in an activity's log tail (non-empty, without trailing newlines). */
export function outputLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '');
}
