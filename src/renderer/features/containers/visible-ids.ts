// Which running containers have a row on screen right now: stats cells register while mounted
// (the virtualized table mounts only visible rows), and the page asks for live stats of just
// those. Changes are announced at most once per frame, so scrolling does not thrash.
export class VisibleIds {
  private readonly counts = new Map<string, number>();
  private readonly listeners = new Set<() => void>();
  private snapshotValue: string[] = [];
  private scheduled = false;

  add(id: string): () => void {
    this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
    this.schedule();
    return () => {
      const count = (this.counts.get(id) ?? 1) - 1;
      if (count <= 0) this.counts.delete(id);
      else this.counts.set(id, count);
      this.schedule();
    };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = (): string[] => this.snapshotValue;

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => {
      this.scheduled = false;
      const next = [...this.counts.keys()].sort();
      if (next.length === this.snapshotValue.length && next.every((id, i) => id === this.snapshotValue[i]))
        return;
      this.snapshotValue = next;
      this.listeners.forEach((listener) => listener());
    });
  }
}
