// Process-level safety net: whatever the harness started must not outlive the
// test runner. Async cleanups run on SIGINT/SIGTERM/SIGHUP. On 'exit' nothing
// async can run (and vitest calls process.exit() right after SIGINT without
// running global teardown), so a detached janitor process (janitor.ts) is
// spawned to finish the job, plus synchronous best-effort steps.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface Cleanup {
  /** Full, orderly cleanup (idempotent). */
  async: () => Promise<void>;
  /** Synchronous last resort at process 'exit'; told whether the janitor was spawned. */
  sync?: (janitorSpawned: boolean) => void;
  /** Whether leftovers of this resource need the janitor at exit. */
  janitor?: boolean;
}

const cleanups = new Set<Cleanup>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const SIGNAL_BUDGET_MS = 30_000;
let installed = false;
let running: Promise<void> | undefined;

async function runAll(): Promise<void> {
  const all = [...cleanups].reverse().map((c) => c.async().catch(() => undefined));
  await Promise.race([Promise.all(all), new Promise((r) => setTimeout(r, SIGNAL_BUDGET_MS).unref())]);
}

function onSignal(sig: NodeJS.Signals): void {
  running ??= runAll();
  void running.finally(() => {
    process.removeListener(sig, onSignal);
    // Only re-raise (default action: terminate) if nobody else (vitest, Playwright)
    // handles this signal; otherwise let them shut down in their own way.
    if (process.listenerCount(sig) === 0) process.kill(process.pid, sig);
  });
}

/** Starts `node --import tsx janitor.ts <pid>` detached (own process group, survives us). */
function spawnJanitor(): boolean {
  try {
    const janitor = fileURLToPath(new URL('./janitor.ts', import.meta.url));
    const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', janitor, String(process.pid)], {
      cwd: repoRoot, // `--import tsx` resolves from here
      detached: true,
      stdio: 'ignore',
    });
    child.unref();
    return child.pid !== undefined;
  } catch {
    return false;
  }
}

function onExit(): void {
  const list = [...cleanups].reverse();
  const janitor = list.some((c) => c.janitor) && spawnJanitor();
  for (const c of list) {
    try {
      c.sync?.(janitor);
    } catch {
      /* best effort */
    }
  }
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const sig of SIGNALS) process.on(sig, onSignal);
  process.on('exit', onExit);
}

/** Registers a cleanup; returns a function that unregisters it (call after a normal stop). */
export function registerCleanup(c: Cleanup): () => void {
  install();
  cleanups.add(c);
  return () => {
    cleanups.delete(c);
  };
}

/** Memoizes an async stop function so concurrent/repeated calls share one run. */
export function once(fn: () => Promise<void>): () => Promise<void> {
  let p: Promise<void> | undefined;
  return () => (p ??= fn());
}
