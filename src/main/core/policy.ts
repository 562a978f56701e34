// What the router lets a client do with the host, set once by the front door: the desktop app
// (the user at their own machine) allows everything; `berth serve` (whoever holds the token)
// allows only what the operator turned on with flags.
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';

export interface AccessPolicy {
  webMode: boolean;
  /** Web mode: build contexts only under these folders (real paths); none means no folder builds. */
  buildRoots: readonly string[];
  /** Bind mounts of host paths in container create/run. */
  allowHostMounts: boolean;
  /** `settings.update` of the engine address. */
  allowEngineChange: boolean;
}

export const DESKTOP_POLICY: AccessPolicy = Object.freeze({
  webMode: false,
  buildRoots: [],
  allowHostMounts: true,
  allowEngineChange: true,
});

export interface WebPolicyFlags {
  buildRoots?: readonly string[];
  allowHostMounts?: boolean;
  allowEngineChange?: boolean;
}

/** Web mode's policy from the operator's flags; a build root must be an existing folder. */
export function webPolicy(flags: WebPolicyFlags = {}): AccessPolicy {
  const roots = (flags.buildRoots ?? []).map((root) => {
    if (!path.isAbsolute(root)) throw new Error(`--build-root must be a full path: ${root}`);
    let real: string;
    try {
      real = realpathSync(root);
    } catch {
      throw new Error(`--build-root ${root} does not exist.`);
    }
    if (!statSync(real).isDirectory()) throw new Error(`--build-root ${root} is not a folder.`);
    return real;
  });
  return Object.freeze({
    webMode: true,
    buildRoots: Object.freeze([...new Set(roots)]),
    allowHostMounts: flags.allowHostMounts ?? false,
    allowEngineChange: flags.allowEngineChange ?? false,
  });
}
