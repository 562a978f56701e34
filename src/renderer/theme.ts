// Light, dark, or the system's: saved per browser (as the language is), applied as a
// `data-theme` on <html> that sets `color-scheme`, which the stylesheet's light-dark() follows.
export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_KEY = 'berth.theme';

const listeners = new Set<() => void>();

export function savedTheme(): ThemeChoice {
  const saved = localStorage.getItem(THEME_KEY);
  return saved === 'light' || saved === 'dark' ? saved : 'system';
}

export function applyTheme(choice: ThemeChoice): void {
  if (choice === 'system') {
    localStorage.removeItem(THEME_KEY);
    delete document.documentElement.dataset.theme;
  } else {
    localStorage.setItem(THEME_KEY, choice);
    document.documentElement.dataset.theme = choice;
  }
  for (const listener of listeners) listener();
}

/** Whether the page is dark now (the choice, else the system's). */
export function isDark(): boolean {
  const choice = savedTheme();
  return choice === 'system' ? window.matchMedia('(prefers-color-scheme: dark)').matches : choice === 'dark';
}

/** Calls back when the page's light or dark changes, by choice or by the system. */
export function onThemeChange(listener: () => void): () => void {
  const scheme = window.matchMedia('(prefers-color-scheme: dark)');
  listeners.add(listener);
  scheme.addEventListener('change', listener);
  return () => {
    listeners.delete(listener);
    scheme.removeEventListener('change', listener);
  };
}
