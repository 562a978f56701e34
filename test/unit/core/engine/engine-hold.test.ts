// The engine connection waits for Berth's own engine: while the provider holds it, it neither
// discovers nor retries, and says why; reconnect() (on the provider's ready) connects.
import { describe, expect, it } from 'vitest';
import { Engine } from '@core/engine/engine';

describe('Engine hold', () => {
  it('waits without discovering or retrying while held, and tries again on reconnect', () => {
    let held: { state: 'connecting' | 'disconnected'; reason: string } | null = {
      state: 'connecting',
      reason: "Starting Berth's engine (native): Booting",
    };
    let discovered = 0;
    const engine = new Engine({
      id: 'held',
      discover: () => {
        discovered++;
        throw new Error('no engine here');
      },
      hold: () => held,
      backoffMs: [60_000],
    });
    engine.start();
    expect(discovered).toBe(0);
    expect(engine.status()).toMatchObject({
      state: 'connecting',
      reason: "Starting Berth's engine (native): Booting",
      endpoint: null,
      nextRetryAt: null,
    });

    held = { state: 'disconnected', reason: "Berth's engine (native) is stopped." };
    engine.reconnect();
    expect(engine.status()).toMatchObject({ state: 'disconnected', nextRetryAt: null });
    expect(discovered).toBe(0);

    held = null;
    engine.reconnect();
    expect(discovered).toBe(1);
    engine.stop();
  });
});
