// The download flow window: the sender waits once a window's worth is unacknowledged, and goes on
// when the receiver acknowledges or leaves.
import { describe, expect, it } from 'vitest';
import { FlowWindow, FlowWindows } from '@core/streams/flow-window';

/** Whether `promise` has settled once pending microtasks have run (no timers involved). */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 10; i++) await Promise.resolve();
  return done;
}

describe('FlowWindow', () => {
  it('has room until the unacknowledged bytes reach the limit', async () => {
    const window = new FlowWindow(100);
    window.sentBytes(99);
    expect(window.hasRoom()).toBe(true);
    expect(await settled(window.room())).toBe(true);
    window.sentBytes(1);
    expect(window.hasRoom()).toBe(false);
  });

  it('waits for an acknowledgement, then goes on', async () => {
    const window = new FlowWindow(100);
    window.sentBytes(150);
    const waiting = window.room();
    expect(await settled(waiting)).toBe(false);
    window.ack(40); // 110 still unacknowledged
    expect(await settled(waiting)).toBe(false);
    window.ack(60);
    expect(await settled(waiting)).toBe(true);
  });

  it('ignores acknowledgements that go backwards or beyond what was sent', () => {
    const window = new FlowWindow(100);
    window.sentBytes(250);
    window.ack(200);
    window.ack(10);
    expect(window.hasRoom()).toBe(true);
    window.ack(10_000);
    window.sentBytes(99);
    expect(window.hasRoom()).toBe(true);
  });

  it('stops waiting when the receiver leaves', async () => {
    const window = new FlowWindow(10);
    window.sentBytes(20);
    const controller = new AbortController();
    const waiting = window.room(controller.signal);
    expect(await settled(waiting)).toBe(false);
    controller.abort();
    expect(await settled(waiting)).toBe(true);
  });
});

describe('FlowWindows', () => {
  it('routes acknowledgements by download ID', async () => {
    const windows = new FlowWindows();
    const a = windows.open('download-a');
    a.sentBytes(20 * 1024 * 1024);
    const waiting = a.room();
    windows.ack('download-b', 20 * 1024 * 1024);
    expect(await settled(waiting)).toBe(false);
    windows.ack('download-a', 20 * 1024 * 1024);
    expect(await settled(waiting)).toBe(true);
  });

  it('forgets closed downloads: their acknowledgements no longer reach the window', () => {
    const windows = new FlowWindows();
    const a = windows.open('download-a', 100);
    a.sentBytes(100);
    windows.close('download-a');
    windows.ack('download-a', 100);
    // Still full: the acknowledgement went nowhere, because the window was forgotten.
    expect(a.hasRoom()).toBe(false);
  });

  it('closes only the window it is given, not a newer one under the same ID', () => {
    const windows = new FlowWindows();
    const old = windows.open('feed', 100);
    const current = windows.open('feed', 100);
    current.sentBytes(100);
    windows.close('feed', old);
    windows.ack('feed', 100);
    expect(current.hasRoom()).toBe(true);
    windows.close('feed', current);
    current.sentBytes(100);
    windows.ack('feed', 200);
    expect(current.hasRoom()).toBe(false);
  });

  it('dispose wakes a sender waiting for room, ends the running feeds and forgets the windows', async () => {
    const windows = new FlowWindows();
    const feed = windows.link(new AbortController().signal);
    const window = windows.open('feed', 100);
    window.sentBytes(100);
    const waiting = window.room(feed.signal);
    expect(await settled(waiting)).toBe(false);
    expect(windows.size).toEqual({ windows: 1, feeds: 1 });
    windows.dispose();
    expect(await settled(waiting)).toBe(true);
    expect(feed.signal.aborted).toBe(true);
    feed.release();
    expect(windows.size).toEqual({ windows: 0, feeds: 0 });
  });
});
