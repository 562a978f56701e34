// Docker Hub search through the engine (`docker search`), with failures in one line of words.
import type Dockerode from 'dockerode';
import type { SearchResult } from '@shared/api/images-build';
import { engineMessage, withTimeout } from '../engine/errors';

interface EngineSearchItem {
  name?: string;
  description?: string;
  star_count?: number;
  is_official?: boolean;
  is_automated?: boolean;
}

export interface HubSearchOptions {
  term: string;
  limit: number;
  officialOnly: boolean;
  minStars: number;
  /** The engine has its own (long) timeout; ours stops waiting sooner. */
  timeoutMs?: number;
}

export class HubUnreachableError extends Error {
  constructor(reason: string) {
    super(`Docker Hub cannot be reached: ${reason}`);
    this.name = 'HubUnreachableError';
  }
}

export async function searchHub(docker: Dockerode, options: HubSearchOptions): Promise<SearchResult[]> {
  const filters: Record<string, string[]> = {};
  if (options.officialOnly) filters['is-official'] = ['true'];
  if (options.minStars > 0) filters.stars = [String(options.minStars)];
  let items: EngineSearchItem[];
  try {
    items = (await withTimeout(
      docker.searchImages({ term: options.term, limit: options.limit, filters }),
      options.timeoutMs ?? 30_000,
      'Docker Hub search',
    )) as EngineSearchItem[];
  } catch (error) {
    throw new HubUnreachableError(hubReason(engineMessage(error)));
  }
  return items.map((item) => ({
    name: item.name ?? '',
    description: item.description ?? '',
    stars: item.star_count ?? 0,
    official: item.is_official ?? false,
    automated: item.is_automated ?? false,
  }));
}

/** The engine's long Go error, shortened to its cause ("dial tcp: lookup index.docker.io ..."). */
export function hubReason(message: string): string {
  const text = message.replace(/\s+/g, ' ').trim();
  if (/timed out after/.test(text)) return 'no answer from the engine in time (no internet?)';
  if (/no such host|server misbehaving|Temporary failure in name resolution|lookup /i.test(text))
    return 'the name index.docker.io does not resolve (no internet or no DNS)';
  if (/connection refused/i.test(text)) return 'the connection was refused';
  if (/network is unreachable/i.test(text)) return 'the network is unreachable';
  if (/i\/o timeout|Client\.Timeout|context deadline exceeded/i.test(text)) return 'the connection timed out';
  return text;
}
