// Tags of a repository from its registry (v2 `GET /v2/<repo>/tags/list`), with the bearer token
// flow Docker Hub uses: a 401 names the token service in `WWW-Authenticate`, we fetch an
// anonymous token there and retry. Local registries (localhost, 127.x) are spoken to in plain HTTP.
import type { TagList } from '@shared/api/images-build';

export const HUB_REGISTRY = 'registry-1.docker.io';
const MAX_PAGES = 10;

/** `Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="..."`. */
export function parseWwwAuthenticate(header: string): { scheme: string; params: Record<string, string> } {
  const space = header.indexOf(' ');
  const scheme = (space < 0 ? header : header.slice(0, space)).trim();
  const params: Record<string, string> = {};
  const rest = space < 0 ? '' : header.slice(space + 1);
  const pair = /([A-Za-z_][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
  for (let match = pair.exec(rest); match; match = pair.exec(rest)) {
    params[match[1]!.toLowerCase()] = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3]!;
  }
  return { scheme, params };
}

/** "nginx" -> Hub library/nginx; "127.0.0.1:5000/a/b" -> that registry. Tags/digests are dropped. */
export function resolveRepository(reference: string): {
  registry: string;
  repository: string;
  secure: boolean;
} {
  let ref = reference.trim();
  const at = ref.indexOf('@');
  if (at >= 0) ref = ref.slice(0, at);
  const colon = ref.lastIndexOf(':');
  if (colon > ref.lastIndexOf('/')) ref = ref.slice(0, colon);
  const slash = ref.indexOf('/');
  const first = slash < 0 ? '' : ref.slice(0, slash);
  const isHost = first !== '' && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (!isHost || first === 'docker.io' || first === 'index.docker.io') {
    const path = isHost ? ref.slice(slash + 1) : ref;
    return {
      registry: HUB_REGISTRY,
      repository: path.includes('/') ? path : `library/${path}`,
      secure: true,
    };
  }
  const host = first.replace(/:\d+$/, '');
  const local = host === 'localhost' || /^127\./.test(host) || host === '[::1]';
  return { registry: first, repository: ref.slice(slash + 1), secure: !local };
}

export class RegistryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RegistryError';
  }
}

function describeFetchError(error: unknown, registry: string, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError')
    return `${registry} did not answer within ${timeoutMs / 1000} s`;
  const code = e?.cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return `the name ${registry} does not resolve (no internet or no DNS)`;
  if (code === 'ECONNREFUSED') return `${registry} refused the connection`;
  if (code === 'ENETUNREACH') return 'the network is unreachable';
  return e?.cause?.message ?? e?.message ?? String(error);
}

export async function listTags(reference: string, options: { timeoutMs?: number } = {}): Promise<TagList> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const { registry, repository, secure } = resolveRepository(reference);
  const base = `${secure ? 'https' : 'http'}://${registry}`;
  const signal = AbortSignal.timeout(timeoutMs);
  const tags: string[] = [];
  let token: string | null = null;
  let next: string | null = `${base}/v2/${repository}/tags/list?n=1000`;
  try {
    for (let page = 0; next && page < MAX_PAGES; page++) {
      const url: string = next;
      // redirect: 'error': a registry's answer must not send Berth's backend to another host.
      let response = await fetch(url, { signal, headers: authHeaders(token), redirect: 'error' });
      if (response.status === 401 && !token) {
        token = await fetchToken(response.headers.get('www-authenticate'), registry, secure, signal);
        response = await fetch(url, { signal, headers: authHeaders(token), redirect: 'error' });
      }
      if (response.status === 404) throw new RegistryError(`${repository} does not exist on ${registry}`);
      if (response.status === 401 || response.status === 403)
        throw new RegistryError(`${registry} refused to list the tags of ${repository} (sign in needed?)`);
      if (!response.ok)
        throw new RegistryError(`${registry} answered ${response.status} ${response.statusText}`);
      const body = (await response.json()) as { tags?: string[] | null };
      tags.push(...(body.tags ?? []));
      next = nextLink(response.headers.get('link'), base);
    }
  } catch (error) {
    if (error instanceof RegistryError) throw error;
    throw new RegistryError(`Cannot list tags: ${describeFetchError(error, registry, timeoutMs)}`);
  }
  return { registry, repository, tags };
}

function authHeaders(token: string | null): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/**
 * Whether a registry may send Berth to `realm` for a token. The realm comes from the registry's
 * answer, so a hostile registry could name any host (an internal service, a cloud metadata
 * address): only the registry's own host (any port, its own scheme) is trusted, or an https realm
 * whose host shares the registry's parent domain (registry-1.docker.io -> auth.docker.io,
 * registry.gitlab.com -> gitlab.com). That parent must be a real domain: it has two labels or
 * more and is not a two-level public suffix such as co.uk (no public-suffix list is shipped, so
 * those are recognised by shape: a short second-level label under a two-letter country code).
 */
export function realmAllowed(realm: URL, registry: string, secure: boolean): boolean {
  if (realm.protocol !== 'https:' && realm.protocol !== 'http:') return false;
  if (realm.username || realm.password) return false;
  const registryHost = registry.replace(/:\d+$/, '').toLowerCase();
  const realmHost = realm.hostname.toLowerCase();
  if (realmHost === registryHost) return secure ? realm.protocol === 'https:' : true;
  if (realm.protocol !== 'https:') return false;
  const labels = registryHost.split('.');
  if (labels.length < 3 || labels.every((label) => /^\d+$/.test(label))) return false;
  const parent = labels.slice(1);
  const [second, top] = parent.slice(-2) as [string, string];
  if (parent.length === 2 && top.length === 2 && second.length <= 3) return false;
  const parentDomain = parent.join('.');
  return realmHost === parentDomain || realmHost.endsWith(`.${parentDomain}`);
}

async function fetchToken(
  header: string | null,
  registry: string,
  secure: boolean,
  signal: AbortSignal,
): Promise<string> {
  const { scheme, params } = parseWwwAuthenticate(header ?? '');
  if (scheme.toLowerCase() !== 'bearer' || !params.realm)
    throw new RegistryError('The registry asks for a sign-in that Berth cannot do anonymously.');
  let url: URL;
  try {
    url = new URL(params.realm);
  } catch {
    throw new RegistryError('The registry named a token service that is not a URL.');
  }
  if (!realmAllowed(url, registry, secure))
    throw new RegistryError(
      `The registry ${registry} sent Berth to ${url.host} for a token; Berth only asks the registry itself or its own domain.`,
    );
  if (params.service) url.searchParams.set('service', params.service);
  if (params.scope) url.searchParams.set('scope', params.scope);
  const response = await fetch(url, { signal, redirect: 'error' });
  if (!response.ok) throw new RegistryError(`The token service answered ${response.status}.`);
  const body = (await response.json()) as { token?: string; access_token?: string };
  const token = body.token ?? body.access_token;
  if (!token) throw new RegistryError('The token service gave no token.');
  return token;
}

/** `Link: </v2/x/tags/list?last=a&n=1000>; rel="next"` -> absolute URL. */
export function nextLink(header: string | null, base: string): string | null {
  if (!header) return null;
  const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(header);
  if (!match) return null;
  const next = new URL(match[1]!, base);
  // The next page is on the same registry, or there is none: a link elsewhere is not followed.
  return next.origin === new URL(base).origin ? next.toString() : null;
}
