// The lists core keeps live and the renderer keeps in react-query's cache. Each name is also the
// key of its router, which has `<name>.list` (a query) and `<name>.changes` (a feed of Change[]).
// Core's table (router/live-lists.ts) and the renderer's (api/live-lists.ts) are typed from this
// one, so a resource added here must be added to both.
import type { Activity } from './activity';
import type { ContainerSummary } from './containers';
import type { ImageSummary } from './images';
import type { NetworkSummary, VolumeSummary } from './volumes-networks';

export interface LiveItems {
  containers: ContainerSummary;
  images: ImageSummary;
  volumes: VolumeSummary;
  networks: NetworkSummary;
  activity: Activity;
}

export type LiveResource = keyof LiveItems;

export const liveResources = [
  'containers',
  'images',
  'volumes',
  'networks',
  'activity',
] as const satisfies readonly LiveResource[];
