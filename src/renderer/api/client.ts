// One API client, two transports: Electron IPC when the preload exposed it, else WebSocket
// to `berth serve` (the token from the first URL is kept for this tab, then hidden from the bar).
import { createTRPCClient, createWSClient, wsLink, type TRPCLink } from '@trpc/client';
import { ipcLink } from 'trpc-electron/renderer';
import type { AppRouter } from './types';

const TOKEN_KEY = 'berth.token';

function takeToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  return fromUrl ?? sessionStorage.getItem(TOKEN_KEY);
}

export type Transport = 'ipc' | 'websocket';

export const transport: Transport = 'electronTRPC' in window ? 'ipc' : 'websocket';

export type ConnectionListener = (state: 'open' | 'closed') => void;
const connectionListeners = new Set<ConnectionListener>();

/** Web mode: whether the WebSocket to `berth serve` is up (the server itself may be gone). */
export function onServerConnection(listener: ConnectionListener): () => void {
  connectionListeners.add(listener);
  return () => connectionListeners.delete(listener);
}

const token = transport === 'websocket' ? takeToken() : null;

/** Web mode opened without `?token=` (and none kept for this tab): the server will refuse it. */
export const missingToken = transport === 'websocket' && token === null;

function websocketLink(): TRPCLink<AppRouter> {
  // The token goes only in the handshake; the server never sets or reads a cookie.
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  const query = token ? `?token=${encodeURIComponent(token)}` : '';
  const client = createWSClient({
    url: `${scheme}://${window.location.host}/trpc${query}`,
    onOpen: () => connectionListeners.forEach((listener) => listener('open')),
    onClose: () => connectionListeners.forEach((listener) => listener('closed')),
  });
  return wsLink<AppRouter>({ client });
}

export const api = createTRPCClient<AppRouter>({
  links: [transport === 'ipc' ? ipcLink<AppRouter>() : websocketLink()],
});
