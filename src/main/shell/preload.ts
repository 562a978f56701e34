// The preload exposes the router's IPC channel and nothing else (window.electronTRPC).
import { exposeElectronTRPC } from 'trpc-electron/main';

process.once('loaded', () => {
  exposeElectronTRPC();
});
