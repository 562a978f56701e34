// Feeds end when their subscriber leaves or their service is disposed; the scope counts each feed
// until the feed itself says it has ended.
import { describe, expect, it } from 'vitest';
import { SignalScope } from '@core/streams/signal-scope';

describe('SignalScope', () => {
  it("aborts a feed when its subscriber's signal aborts, and forgets it on release", () => {
    const scope = new SignalScope();
    const subscriber = new AbortController();
    const feed = scope.link(subscriber.signal);
    expect(feed.signal.aborted).toBe(false);
    expect(scope.size).toBe(1);
    subscriber.abort();
    expect(feed.signal.aborted).toBe(true);
    expect(scope.size).toBe(1); // still running until it says it has ended
    feed.release();
    feed.release();
    expect(scope.size).toBe(0);
  });

  it('aborts every feed on dispose, and one linked afterwards starts aborted', () => {
    const scope = new SignalScope();
    const a = scope.link(new AbortController().signal);
    const b = scope.link(); // a subscriber without a signal
    scope.dispose();
    expect(a.signal.aborted).toBe(true);
    expect(b.signal.aborted).toBe(true);
    expect(scope.size).toBe(2);
    a.release();
    b.release();
    expect(scope.size).toBe(0);
    const late = scope.link(new AbortController().signal);
    expect(late.signal.aborted).toBe(true);
    expect(scope.size).toBe(0);
  });

  it("stops listening to the subscriber's signal once released", () => {
    const scope = new SignalScope();
    const subscriber = new AbortController();
    const feed = scope.link(subscriber.signal);
    feed.release();
    subscriber.abort();
    expect(feed.signal.aborted).toBe(false);
  });

  it('links an already aborted signal as aborted, without counting it', () => {
    const scope = new SignalScope();
    const gone = new AbortController();
    gone.abort();
    expect(scope.link(gone.signal).signal.aborted).toBe(true);
    expect(scope.size).toBe(0);
  });
});
