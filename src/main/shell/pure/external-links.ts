// Links that leave the app open in the user's browser, and only when the user clicked them:
// http(s) only (never file:, javascript:, custom schemes that launch other programs), and only
// within a moment of a real click or key press in the window, as a browser's popup blocker
// requires a user activation. No API exposes opening a URL to scripts.
import { hasControlCharacter } from './control-characters';

/** The URL to hand to the OS browser, or null when it is not a plain http(s) link. */
export function externalLinkUrl(raw: string): string | null {
  if (raw.length > 2048 || hasControlCharacter(raw)) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
    return url.href;
  } catch {
    return null;
  }
}

/** Input events that give a page "user activation" (Chromium's list, as Electron names them). */
const activating = new Set(['mouseDown', 'mouseUp', 'rawKeyDown', 'keyDown', 'gestureTap', 'touchEnd']);

/** Chromium's transient activation lasts 5 s. */
export const GESTURE_WINDOW_MS = 5_000;

export interface GestureGate {
  /** Feed every input event type the window receives. */
  noteInput(type: string): void;
  /** True once per recent gesture: opening a link uses the activation up, as a popup does. */
  consume(): boolean;
}

export function createGestureGate(now: () => number, windowMs = GESTURE_WINDOW_MS): GestureGate {
  let lastGesture: number | null = null;
  return {
    noteInput(type) {
      if (activating.has(type)) lastGesture = now();
    },
    consume() {
      const recent = lastGesture !== null && now() - lastGesture <= windowMs && now() >= lastGesture;
      lastGesture = null;
      return recent;
    },
  };
}
