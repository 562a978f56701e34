// The router's type only (erased at build time): the renderer never imports main's code.
export type { AppRouter } from '@core/router';
