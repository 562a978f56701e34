// Decides which desktop notifications to raise from what core reports: activities ending (pull,
// push, build), the engine dropping while nobody asked it to, and a container restarting over and
// over. Pure and clock-injected so it is tested without Electron; the shell only shows the result.
import type {
  Activity,
  ContainerState,
  EngineState,
  NotificationKind,
  NotificationSettings,
} from '@shared/api';

export type PlannedNotification =
  | { kind: 'pull' | 'push' | 'build'; outcome: 'succeeded' | 'failed'; title: string; error: string | null }
  | { kind: 'engineStopped'; reason: string | null }
  | { kind: 'restartLoop'; containerId: string; name: string; restarts: number };

/** Restarts within this window that make a loop, and the window itself. */
export const RESTART_LOOP_COUNT = 3;
export const RESTART_LOOP_WINDOW_MS = 60_000;

const NOTIFIED_ACTIVITIES = new Set<string>(['pull', 'push', 'build']);
/** Activity ids remembered at most (finished ones are trimmed by the log too). */
const MAX_TRACKED = 500;

export class NotificationPlanner {
  private readonly running = new Set<string>();
  private engineState: EngineState | null = null;
  private readonly containers = new Map<
    string,
    { state: ContainerState; restarts: number[]; told: boolean }
  >();

  constructor(private readonly settings: () => NotificationSettings) {}

  /** An activity was added or changed. Only one seen running and now ended raises a notification. */
  activity(activity: Activity): PlannedNotification[] {
    if (!NOTIFIED_ACTIVITIES.has(activity.kind)) return [];
    if (activity.state === 'running') {
      if (this.running.size < MAX_TRACKED) this.running.add(activity.id);
      return [];
    }
    if (!this.running.delete(activity.id)) return [];
    if (activity.state === 'cancelled') return [];
    const kind = activity.kind as 'pull' | 'push' | 'build';
    return this.allowed(kind, {
      kind,
      outcome: activity.state,
      title: activity.title,
      error: activity.error,
    });
  }

  /**
   * The engine's connection state changed. `expected` is true when Berth or the user stopped it
   * (quitting, the provider stopping on request), so only a drop nobody asked for is reported.
   */
  engine(state: EngineState, reason: string | null, expected: boolean): PlannedNotification[] {
    const previous = this.engineState;
    this.engineState = state;
    if (previous !== 'connected' || state !== 'disconnected' || expected) return [];
    return this.allowed('engineStopped', { kind: 'engineStopped', reason });
  }

  /** A container was added or changed in the model, at `now` (ms). */
  container(id: string, name: string, state: ContainerState, now: number): PlannedNotification[] {
    const entry = this.containers.get(id);
    if (!entry) {
      this.containers.set(id, { state, restarts: [], told: false });
      return [];
    }
    const previous = entry.state;
    entry.state = state;
    // A restart: entering "restarting", or running again after exiting without passing through it.
    const restarted =
      (state === 'restarting' && previous !== 'restarting') ||
      (state === 'running' && (previous === 'exited' || previous === 'dead'));
    if (!restarted) return [];
    entry.restarts = [...entry.restarts.filter((at) => now - at < RESTART_LOOP_WINDOW_MS), now];
    if (entry.restarts.length < RESTART_LOOP_COUNT) {
      // Quiet for a whole window: a later loop is news again.
      if (entry.restarts.length === 1) entry.told = false;
      return [];
    }
    if (entry.told) return [];
    entry.told = true;
    return this.allowed('restartLoop', {
      kind: 'restartLoop',
      containerId: id,
      name,
      restarts: entry.restarts.length,
    });
  }

  containerRemoved(id: string): void {
    this.containers.delete(id);
  }

  private allowed(kind: NotificationKind, notification: PlannedNotification): PlannedNotification[] {
    return this.settings()[kind] ? [notification] : [];
  }
}
