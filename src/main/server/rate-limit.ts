// Failed token attempts, counted per remote address: after `maxFailures` within `windowMs`, that
// address is refused (429) for `blockMs`, right token or not, so the token cannot be guessed by
// trying. The clock is injected so tests need no waiting.
export interface FailureLimiterOptions {
  maxFailures?: number;
  windowMs?: number;
  blockMs?: number;
  now?: () => number;
}

interface Entry {
  failures: number[];
  blockedUntil: number;
}

const MAX_TRACKED = 10_000;

export class FailureLimiter {
  private readonly entries = new Map<string, Entry>();
  private readonly maxFailures: number;
  private readonly windowMs: number;
  private readonly blockMs: number;
  private readonly now: () => number;

  constructor(options: FailureLimiterOptions = {}) {
    this.maxFailures = options.maxFailures ?? 10;
    this.windowMs = options.windowMs ?? 60_000;
    this.blockMs = options.blockMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  /** Whether this address is refused now. */
  blocked(address: string): boolean {
    const entry = this.entries.get(address);
    return entry !== undefined && entry.blockedUntil > this.now();
  }

  /** Counts one failed attempt; true when this address is now blocked. */
  fail(address: string): boolean {
    const now = this.now();
    let entry = this.entries.get(address);
    if (!entry) {
      // Bounded memory under a flood of addresses: forget the oldest first.
      if (this.entries.size >= MAX_TRACKED) this.entries.delete(this.entries.keys().next().value!);
      entry = { failures: [], blockedUntil: 0 };
      this.entries.set(address, entry);
    }
    entry.failures = entry.failures.filter((at) => now - at < this.windowMs);
    entry.failures.push(now);
    if (entry.failures.length >= this.maxFailures) {
      entry.blockedUntil = now + this.blockMs;
      entry.failures = [];
    }
    return entry.blockedUntil > now;
  }
}
