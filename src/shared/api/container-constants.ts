// Container words the list and its dialogs need at startup, kept free of zod: importing a schema
// module builds its schemas, and the first page should not pay for forms it has not opened.

export const containerStates = [
  'created',
  'running',
  'paused',
  'restarting',
  'removing',
  'exited',
  'dead',
] as const;
export type ContainerState = (typeof containerStates)[number];

export const killSignals = [
  'SIGKILL',
  'SIGTERM',
  'SIGINT',
  'SIGHUP',
  'SIGUSR1',
  'SIGUSR2',
  'SIGQUIT',
] as const;
export type KillSignal = (typeof killSignals)[number];

/** Container names as docker accepts them. */
export const CONTAINER_NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
