// The page's entry: only the loader, so that every other module arrives through a load that can
// be tried again (boot.ts).
import { boot } from './boot';

boot(() => import('./start'));
