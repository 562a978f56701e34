// Which notifications the desktop app raises: an ended pull/push/build once, an engine drop nobody
// asked for, a container restarting 3+ times in a minute once; none for a kind turned off.
import { describe, expect, it } from 'vitest';
import { ActivityLog } from '@core/activity/activity-log';
import { notificationText } from '@shell/pure/notification-labels';
import { NotificationPlanner, RESTART_LOOP_WINDOW_MS } from '@shell/pure/notifications';
import {
  notificationKinds,
  notificationSettingsSchema,
  type Activity,
  type NotificationSettings,
} from '@shared/api';

const allOn = (): NotificationSettings => notificationSettingsSchema.parse({});

/** A pull as the activity log starts it (running, nothing reported yet), with `patch` on top. */
function activity(patch: Partial<Activity>): Activity {
  const log = new ActivityLog();
  const started = log.store.get(log.start('pull', 'busybox:latest', 'docker pull busybox:latest').id)!;
  return { ...started, id: 'a1', startedAt: 0, ...patch };
}

/** Feeds a container through restarts (exited → running), one every `gap` ms from `start`. */
function restarts(planner: NotificationPlanner, count: number, gap: number, start = 1000) {
  const out = [];
  out.push(...planner.container('c1', 'web', 'running', start - 1));
  for (let i = 0; i < count; i++) {
    const at = start + i * gap;
    out.push(...planner.container('c1', 'web', 'exited', at));
    out.push(...planner.container('c1', 'web', 'running', at));
  }
  return out;
}

describe('NotificationPlanner', () => {
  it('raises one notification for a finished pull, however often it is published', () => {
    const planner = new NotificationPlanner(allOn);
    expect(planner.activity(activity({}))).toEqual([]);
    expect(planner.activity(activity({ progress: { current: 1, total: 2 } }))).toEqual([]);
    const done = activity({ state: 'succeeded', endedAt: 5 });
    expect(planner.activity(done)).toEqual([
      { kind: 'pull', outcome: 'succeeded', title: 'busybox:latest', error: null },
    ]);
    expect(planner.activity(done)).toEqual([]);
  });

  it('says a build failed, with the error, and nothing for a cancelled push or a save', () => {
    const planner = new NotificationPlanner(allOn);
    planner.activity(activity({ id: 'b', kind: 'build', title: 'app:1' }));
    expect(
      planner.activity(
        activity({ id: 'b', kind: 'build', title: 'app:1', state: 'failed', error: 'exit 1' }),
      ),
    ).toEqual([{ kind: 'build', outcome: 'failed', title: 'app:1', error: 'exit 1' }]);
    planner.activity(activity({ id: 'p', kind: 'push' }));
    expect(planner.activity(activity({ id: 'p', kind: 'push', state: 'cancelled' }))).toEqual([]);
    planner.activity(activity({ id: 's', kind: 'save' }));
    expect(planner.activity(activity({ id: 's', kind: 'save', state: 'succeeded' }))).toEqual([]);
  });

  it('ignores an activity it never saw running (ended before Berth was watching)', () => {
    const planner = new NotificationPlanner(allOn);
    expect(planner.activity(activity({ state: 'succeeded' }))).toEqual([]);
  });

  it('reports the engine dropping unexpectedly, not an expected stop or a failed first connect', () => {
    const planner = new NotificationPlanner(allOn);
    expect(planner.engine('connecting', null, false)).toEqual([]);
    expect(planner.engine('disconnected', 'refused', false)).toEqual([]);
    planner.engine('connected', null, false);
    expect(planner.engine('disconnected', 'socket closed', false)).toEqual([
      { kind: 'engineStopped', reason: 'socket closed' },
    ]);
    expect(planner.engine('disconnected', 'still down', false)).toEqual([]);
    planner.engine('connected', null, false);
    expect(planner.engine('disconnected', null, true)).toEqual([]);
  });

  it('raises a restart loop once for 3 restarts within a minute', () => {
    const planner = new NotificationPlanner(allOn);
    const out = restarts(planner, 6, 1000);
    expect(out).toEqual([{ kind: 'restartLoop', containerId: 'c1', name: 'web', restarts: 3 }]);
  });

  it('counts "restarting" states as restarts too', () => {
    const planner = new NotificationPlanner(allOn);
    planner.container('c1', 'web', 'running', 0);
    const out = [];
    for (let i = 1; i <= 3; i++) {
      out.push(...planner.container('c1', 'web', 'restarting', i * 100));
      out.push(...planner.container('c1', 'web', 'running', i * 100 + 50));
    }
    expect(out).toHaveLength(1);
  });

  it('does not call restarts spread over more than a minute a loop, nor a first start', () => {
    const planner = new NotificationPlanner(allOn);
    expect(restarts(planner, 5, RESTART_LOOP_WINDOW_MS / 2)).toEqual([]);
    const fresh = new NotificationPlanner(allOn);
    expect(fresh.container('n', 'new', 'created', 0)).toEqual([]);
    expect(fresh.container('n', 'new', 'running', 1)).toEqual([]);
  });

  it('tells again about a loop that starts again after a quiet minute', () => {
    const planner = new NotificationPlanner(allOn);
    expect(restarts(planner, 3, 10, 1000)).toHaveLength(1);
    expect(restarts(planner, 3, 10, 1000 + 5 * RESTART_LOOP_WINDOW_MS)).toHaveLength(1);
  });

  it('raises nothing of a kind turned off', () => {
    for (const kind of notificationKinds) {
      const planner = new NotificationPlanner(() => ({ ...allOn(), [kind]: false }));
      const raised = [];
      for (const k of ['pull', 'push', 'build'] as const) {
        planner.activity(activity({ id: k, kind: k }));
        raised.push(...planner.activity(activity({ id: k, kind: k, state: 'succeeded' })));
      }
      planner.engine('connected', null, false);
      raised.push(...planner.engine('disconnected', null, false));
      raised.push(...restarts(planner, 3, 10));
      expect(raised.map((n) => n.kind).sort()).toEqual(notificationKinds.filter((k) => k !== kind).sort());
    }
  });
});

describe('notificationText', () => {
  it('words each notification in English and Korean and routes a loop to its logs', () => {
    const loop = { kind: 'restartLoop', containerId: 'abc/../x', name: 'web', restarts: 3 } as const;
    expect(notificationText(loop, 'en')).toEqual({
      title: 'A container keeps restarting',
      body: 'web restarted 3 times in the last minute.',
      route: '/containers/abc%2F..%2Fx/logs',
    });
    expect(notificationText(loop, 'ko').title).toBe('컨테이너가 계속 재시작됩니다');
    const failed = { kind: 'pull', outcome: 'failed', title: 'x:1', error: 'not found' } as const;
    expect(notificationText(failed, 'en').body).toBe('x:1: not found');
    expect(notificationText({ kind: 'engineStopped', reason: null }, 'ko').route).toBe('/engine');
  });
});
