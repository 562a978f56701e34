// berth:// links, from the OS (open-url on macOS, the second instance's argv elsewhere) and so
// from anyone who can make the user click one: hostile input. Two forms are understood,
// berth://containers/<id-or-name> and berth://images/<ref>; anything else is refused. The id or
// reference is decoded once and must pass the same schema a procedure would apply.
import { containerIdOrNameSchema, imageIdOrReferenceSchema } from '@shared/ids';
import { hasControlCharacter } from './control-characters';

export const BERTH_SCHEME = 'berth';
const PREFIX = `${BERTH_SCHEME}://`;
/** Longer than any id or reference the schemas accept (512), encoded. */
const MAX_LINK = 2048;

export type BerthLink = { ok: true; route: string } | { ok: false; reason: string };

const refuse = (reason: string): BerthLink => ({ ok: false, reason });

export function parseBerthLink(raw: string): BerthLink {
  if (raw.length > MAX_LINK) return refuse('too long');
  if (hasControlCharacter(raw)) return refuse('control character');
  if (raw.slice(0, PREFIX.length).toLowerCase() !== PREFIX) return refuse('not a berth:// link');
  let rest = raw.slice(PREFIX.length);
  // Windows hands links over with a trailing slash added.
  if (rest.endsWith('/')) rest = rest.slice(0, -1);
  const slash = rest.indexOf('/');
  if (slash < 0) return refuse('no page');
  const kind = rest.slice(0, slash);
  const encoded = rest.slice(slash + 1);
  if (/[?#\\\s]/.test(encoded)) return refuse('query, fragment, backslash or space');
  let value: string;
  try {
    value = decodeURIComponent(encoded);
  } catch {
    return refuse('bad percent-encoding');
  }
  if (hasControlCharacter(value) || /[\s\\%]/.test(value)) return refuse('bad character');
  if (value.split('/').some((part) => part === '' || part === '.' || part === '..'))
    return refuse('empty or dot path segment');
  switch (kind) {
    case 'containers':
      if (!containerIdOrNameSchema.safeParse(value).success) return refuse('not a container');
      return { ok: true, route: `/containers/${encodeURIComponent(value)}` };
    case 'images':
      if (!imageIdOrReferenceSchema.safeParse(value).success) return refuse('not an image');
      return { ok: true, route: `/images/${encodeURIComponent(value)}` };
    default:
      return refuse('unknown page');
  }
}

/** The first berth:// link among a process's arguments (a second instance's argv), if any. */
export function berthLinkInArgv(argv: readonly string[]): string | null {
  return argv.find((arg) => arg.slice(0, PREFIX.length).toLowerCase() === PREFIX) ?? null;
}
