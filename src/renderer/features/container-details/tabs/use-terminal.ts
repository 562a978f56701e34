// One xterm.js terminal in a div: fit (follows the element's size), search, clickable links
// (http(s) only; in Electron the window's handler opens them in the browser), and the app's
// light/dark colours (re-applied when the theme changes, by the OS or in Settings).
import { FitAddon } from '@xterm/addon-fit';
import { SearchAddon } from '@xterm/addon-search';
import { WebLinksAddon } from '@xterm/addon-web-links';
import { Terminal, type ITerminalOptions, type ITheme } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { useEffect, useRef, useState } from 'react';
import { isDark, onThemeChange } from '@renderer/theme';

/**
 * A colour variable of the stylesheet as xterm can use it. The variables are `light-dark(a, b)`
 * pairs, which a custom property keeps as written (they resolve only where used), so the pair is
 * picked here by the page's current theme.
 */
function cssVar(name: string, fallback: string, dark: boolean): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  const pair = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(value);
  if (pair) return (dark ? pair[2] : pair[1])!;
  return value || fallback;
}

export function terminalTheme(): ITheme {
  const dark = isDark();
  return {
    background: cssVar('--surface', dark ? '#1e2128' : '#ffffff', dark),
    foreground: cssVar('--text', dark ? '#e6e9ef' : '#1d2430', dark),
    cursor: cssVar('--accent', '#1d63ed', dark),
    selectionBackground: dark ? '#3a4a6b' : '#c9dafc',
    red: dark ? '#ff6b6b' : '#c53030',
    green: dark ? '#3ccf7f' : '#1a8f4c',
    yellow: dark ? '#e5a93b' : '#a16207',
    blue: dark ? '#5b8cff' : '#1d63ed',
    magenta: dark ? '#e879f9' : '#a21caf',
    cyan: dark ? '#22d3ee' : '#0e7490',
    black: dark ? '#2f3440' : '#1d2430',
    white: dark ? '#e6e9ef' : '#8a94a6',
    brightBlack: dark ? '#98a2b3' : '#5f6b7c',
  };
}

export interface TerminalHandle {
  term: Terminal;
  fit: FitAddon;
  search: SearchAddon;
}

function openLink(_event: MouseEvent, uri: string): void {
  if (/^https?:\/\//i.test(uri)) window.open(uri, '_blank', 'noopener,noreferrer');
}

/** Creates the terminal once the element exists; disposes it on unmount. */
export function useTerminal(options: ITerminalOptions) {
  const ref = useRef<HTMLDivElement>(null);
  const [handle, setHandle] = useState<TerminalHandle | null>(null);
  const optionsRef = useRef(options);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const term = new Terminal({
      fontFamily: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Noto Sans Mono CJK KR', monospace",
      fontSize: 13,
      theme: terminalTheme(),
      allowProposedApi: true,
      ...optionsRef.current,
    });
    const fit = new FitAddon();
    const search = new SearchAddon({ highlightLimit: 1000 });
    term.loadAddon(fit);
    term.loadAddon(search);
    term.loadAddon(new WebLinksAddon(openLink));
    term.open(element);
    const refit = () => {
      if (element.clientWidth > 0 && element.clientHeight > 0) fit.fit();
    };
    refit();
    const observer = new ResizeObserver(() => refit());
    observer.observe(element);
    const stopTheme = onThemeChange(() => (term.options.theme = terminalTheme()));
    setHandle({ term, fit, search });
    return () => {
      stopTheme();
      observer.disconnect();
      setHandle(null);
      term.dispose();
    };
  }, []);

  return { ref, handle };
}

/** The terminal's text: the selection if there is one, else the whole buffer (wrapped lines joined). */
export function terminalText(term: Terminal, selectionFirst: boolean): string {
  if (selectionFirst && term.hasSelection()) return term.getSelection();
  const buffer = term.buffer.active;
  const lines: string[] = [];
  for (let y = 0; y < buffer.length; y++) {
    const line = buffer.getLine(y);
    if (!line) continue;
    const text = line.translateToString(true);
    if (line.isWrapped && lines.length) lines[lines.length - 1] += text;
    else lines.push(text);
  }
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n') + '\n';
}

/** The log view's bounded scrollback (the `logScrollback` setting). */
export function setScrollback(term: Terminal, lines: number): void {
  term.options.scrollback = lines;
}
