// Re-lists a collection shortly after an event, collapsing bursts (a pull tags and untags many
// times) into one engine call.
const DELAY_MS = 50;

export class Relister {
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly relist: () => Promise<void>) {}

  schedule(): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      // A failure means the engine went away; the reconnect's resync restores the truth.
      this.relist().catch(() => undefined);
    }, DELAY_MS);
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
