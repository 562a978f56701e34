// Starting the app when a piece of its code may fail to arrive (api/retry-load.ts says why). The
// entry only loads the rest: a failed load is tried again, then the page reloads (a reload
// fetches every module afresh), at most twice a minute; after that it says so, in plain DOM,
// because the code that would draw anything nicer is what failed to arrive.
import { withRetry } from './api/retry-load';

const RELOADS_KEY = 'berth.bootReloads';
const MAX_RELOADS = 2;
const WINDOW_MS = 60_000;

interface Reloads {
  count: number;
  since: number;
}

function readReloads(now: number): Reloads {
  try {
    const saved = JSON.parse(sessionStorage.getItem(RELOADS_KEY) ?? 'null') as Reloads | null;
    if (saved && typeof saved.count === 'number' && now - saved.since < WINDOW_MS) return saved;
  } catch {
    // A garbled entry counts as none.
  }
  return { count: 0, since: now };
}

/** Loads the app; on failure reloads the page, or after MAX_RELOADS says it could not load. */
export function boot(load: () => Promise<unknown>): void {
  withRetry(load).catch((error: unknown) => {
    console.error('Berth could not load its code:', error);
    const reloads = readReloads(Date.now());
    if (reloads.count < MAX_RELOADS) {
      sessionStorage.setItem(RELOADS_KEY, JSON.stringify({ ...reloads, count: reloads.count + 1 }));
      window.location.reload();
      return;
    }
    showLoadFailure();
  });
}

/** The app has loaded: a later failure starts its reload count afresh. */
export function bootLoaded(): void {
  sessionStorage.removeItem(RELOADS_KEY);
}

function showLoadFailure(): void {
  const root = document.getElementById('root') ?? document.body;
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  // app.css is among what failed to arrive: a few plain styles (CSSOM, which the CSP allows).
  Object.assign(box.style, { padding: '32px', fontFamily: 'system-ui, sans-serif', lineHeight: '1.5' });
  for (const text of [
    'Berth could not load. The connection to Berth was interrupted; check that it is running.',
    'Berth를 불러오지 못했습니다. Berth와의 연결이 끊겼습니다. Berth가 실행 중인지 확인하세요.',
  ]) {
    const line = document.createElement('p');
    line.textContent = text;
    box.append(line);
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload · 새로 고침';
  button.addEventListener('click', () => {
    sessionStorage.removeItem(RELOADS_KEY);
    window.location.reload();
  });
  box.append(button);
  root.replaceChildren(box);
}
