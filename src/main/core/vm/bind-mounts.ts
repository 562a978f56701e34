// Inside a VM only the shared host folders exist at their host paths, so a bind mount of anything
// else would silently mount an empty folder of the VM. The create path refuses it instead, saying
// how to share the folder. Pure: no file system access.
import { posix } from 'node:path';

/** A bind as `docker run -v` writes it ("/src:/dst[:ro]"), or as HostConfig.Mounts holds it. */
export type BindSpec = string | { Type?: string; Source?: string };

export type BindCheck = { ok: true } | { ok: false; path: string; message: string };

function sourceOf(spec: BindSpec): string | null {
  if (typeof spec === 'string') {
    const source = spec.split(':')[0] ?? '';
    return source.startsWith('/') || source.startsWith('~') ? source : null; // else a named volume
  }
  if (spec.Type && spec.Type !== 'bind') return null;
  return spec.Source && spec.Source.startsWith('/') ? spec.Source : null;
}

function normalise(path: string): string {
  const normal = posix.normalize(path);
  return normal.length > 1 ? normal.replace(/\/+$/, '') : normal;
}

export function isInsideShared(path: string, sharedFolders: readonly string[]): boolean {
  const p = normalise(path);
  return sharedFolders.some((folder) => {
    const f = normalise(folder);
    return p === f || p.startsWith(f === '/' ? '/' : `${f}/`);
  });
}

/**
 * The first bind mount whose source is outside every shared folder, with a sentence saying how to
 * share it; `home` expands a leading `~`.
 */
export function checkBindMounts(
  mounts: readonly BindSpec[],
  sharedFolders: readonly string[],
  home?: string,
): BindCheck {
  for (const spec of mounts) {
    let source = sourceOf(spec);
    if (source === null) continue;
    if (source.startsWith('~')) {
      if (!home) continue;
      source = home + source.slice(1);
    }
    if (!isInsideShared(source, sharedFolders)) {
      const path = normalise(source);
      return {
        ok: false,
        path,
        message:
          `${path} is not shared with the engine's VM, so the container would see an empty folder. ` +
          `Add ${path} (or a folder above it) under Settings → Engine → Shared folders, then restart the engine.`,
      };
    }
  }
  return { ok: true };
}
