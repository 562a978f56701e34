// Image references with the grammar and error words of distribution/reference (the docker CLI's
// parser): [domain[:port]/]path[/path...][:tag][@digest], normalized to docker.io/library.
const alnum = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]*)';
const pathComponent = `${alnum}(?:${separator}${alnum})*`;
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domain = `(?:${domainComponent}(?:\\.${domainComponent})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const name = `(?:${domain}/)?${pathComponent}(?:/${pathComponent})*`;
const tag = '[\\w][\\w.-]{0,127}';
const digest = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const referenceRe = new RegExp(`^(${name})(?::(${tag}))?(?:@(${digest}))?$`);
const anchoredHex64 = /^[a-f0-9]{64}$/;

export const DEFAULT_DOMAIN = 'docker.io';
/** The key the docker CLI uses for Docker Hub in config.json. */
export const DOCKER_HUB_AUTH_KEY = 'https://index.docker.io/v1/';
const NAME_MAX = 255;

export interface ImageReference {
  /** As typed, trimmed. */
  raw: string;
  /** Registry host[:port], "docker.io" for Docker Hub. */
  domain: string;
  /** Repository path inside the registry ("library/busybox"). */
  path: string;
  tag: string | null;
  digest: string | null;
  /** Short form as the CLI prints it ("busybox", "127.0.0.1:5000/app"). */
  familiarName: string;
}

export type ParseResult = { ok: true; ref: ImageReference } | { ok: false; error: string };

const INVALID = 'invalid reference format';

export function parseReference(input: string): ParseResult {
  const raw = input.trim();
  if (!raw) return { ok: false, error: 'repository name must have at least one component' };
  if (anchoredHex64.test(raw)) {
    return {
      ok: false,
      error: `invalid repository name (${raw}), cannot specify 64-byte hexadecimal strings`,
    };
  }
  const match = referenceRe.exec(raw);
  if (!match) {
    // The CLI's parser tells uppercase apart from other mistakes.
    if (referenceRe.test(raw.toLowerCase())) {
      return { ok: false, error: `${INVALID}: repository name must be lowercase` };
    }
    return { ok: false, error: INVALID };
  }
  const [, fullName = '', tagPart, digestPart] = match;
  if (fullName.length > NAME_MAX) {
    return { ok: false, error: `repository name must not be more than ${NAME_MAX} characters` };
  }
  const { domain: host, path } = splitDomain(fullName);
  if (path !== path.toLowerCase())
    return { ok: false, error: `${INVALID}: repository name must be lowercase` };
  const familiarName =
    host === DEFAULT_DOMAIN ? (path.startsWith('library/') ? path.slice(8) : path) : `${host}/${path}`;
  return {
    ok: true,
    ref: { raw, domain: host, path, tag: tagPart ?? null, digest: digestPart ?? null, familiarName },
  };
}

/**
 * The first component is a registry only if it has "." or ":" or is localhost. (The CLI also
 * takes a bare uppercase word, "UPPER/x", for a host; Berth reads that as the mistaken
 * uppercase repository it almost always is.)
 */
function splitDomain(fullName: string): { domain: string; path: string } {
  const slash = fullName.indexOf('/');
  const first = slash >= 0 ? fullName.slice(0, slash) : '';
  let host: string;
  let rest: string;
  if (slash < 0 || (!/[.:]/.test(first) && first !== 'localhost')) {
    host = DEFAULT_DOMAIN;
    rest = fullName;
  } else {
    host = first;
    rest = fullName.slice(slash + 1);
  }
  if (host === 'index.docker.io') host = DEFAULT_DOMAIN;
  if (host === DEFAULT_DOMAIN && !rest.includes('/')) rest = `library/${rest}`;
  return { domain: host, path: rest };
}

/** The message for a form field, or null when the reference is fine. */
export function referenceError(input: string): string | null {
  const result = parseReference(input);
  return result.ok ? null : result.error;
}

/** "name:tag" or "name@digest" with "latest" when neither was given, as `docker pull` does. */
export function withDefaultTag(ref: ImageReference): string {
  if (ref.digest) return `${ref.familiarName}${ref.tag ? `:${ref.tag}` : ''}@${ref.digest}`;
  return `${ref.familiarName}:${ref.tag ?? 'latest'}`;
}

/** The config.json key the docker CLI uses for a registry domain. */
export function authKeyFor(domain: string): string {
  return domain === DEFAULT_DOMAIN ? DOCKER_HUB_AUTH_KEY : domain;
}

/** Normalizes what a user typed as a registry server to its domain ("https://x:5000/" → "x:5000"). */
export function registryDomain(server: string): string {
  let s = server.trim().replace(/^https?:\/\//, '');
  s = s.split('/')[0] ?? s;
  if (s === 'index.docker.io' || s === 'registry-1.docker.io' || s === '') return DEFAULT_DOMAIN;
  return s;
}
