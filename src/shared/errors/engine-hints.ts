// Known engine and registry errors, recognised from their words, so the UI can say what happened
// and what to do in the user's language, with the engine's own text kept underneath.
export const hintKeys = [
  'portInUse',
  'nameInUse',
  'loginNeeded',
  'offline',
  'imageNotFound',
  'notRunning',
  'engineDown',
  'permission',
  'tooLong',
  'inUseByContainer',
  'noSpace',
] as const;
export type HintKey = (typeof hintKeys)[number];

export interface EngineHint {
  key: HintKey;
  params: Record<string, string>;
}

type Rule = [RegExp, HintKey, (match: RegExpExecArray) => Record<string, string>];

const none = () => ({});

// Order matters: the first rule that matches wins (a DNS failure during a pull is "offline",
// not "image not found").
const rules: Rule[] = [
  [/Bind for (?:[^ ]*):(\d+) failed: port is already allocated/i, 'portInUse', (m) => ({ port: m[1]! })],
  [/listen tcp[46]? [^ ]*:(\d+): bind: address already in use/i, 'portInUse', (m) => ({ port: m[1]! })],
  [/The container name "\/?([^"]+)" is already in use/i, 'nameInUse', (m) => ({ name: m[1]! })],
  [
    /no basic auth credentials|authentication required|unauthorized|requested access to the resource is denied|pull access denied/i,
    'loginNeeded',
    none,
  ],
  [
    /lookup [^ ]+( on [^ ]+)?: (no such host|server misbehaving|Temporary failure in name resolution|i\/o timeout)|network is unreachable|dial tcp [^ ]+: i\/o timeout|TLS handshake timeout|ENOTFOUND|EAI_AGAIN/i,
    'offline',
    none,
  ],
  [
    /No such image|manifest unknown|manifest for [^ ]+ not found|repository does not exist/i,
    'imageNotFound',
    none,
  ],
  [/is not running/i, 'notRunning', none],
  [
    /Cannot connect to the Docker daemon|connect ENOENT|connect ECONNREFUSED|not connected/i,
    'engineDown',
    none,
  ],
  [/permission denied while trying to connect|EACCES/i, 'permission', none],
  [/expected string to have <=(\d+) characters/i, 'tooLong', (m) => ({ max: m[1]! })],
  [
    /is being used by (?:running |stopped )?container ([0-9a-f]{12})/i,
    'inUseByContainer',
    (m) => ({ id: m[1]! }),
  ],
  [/no space left on device/i, 'noSpace', none],
];

export function engineHint(message: string): EngineHint | null {
  for (const [pattern, key, params] of rules) {
    const match = pattern.exec(message);
    if (match) return { key, params: params(match) };
  }
  return null;
}
