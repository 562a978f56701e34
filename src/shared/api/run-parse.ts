// Parsers for what people type into the Run form, with docker's own syntax: published ports,
// `.env` blocks, memory sizes and shell-quoted commands. Errors are codes (translated by the UI).

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

export interface PortSpec {
  hostIp: string;
  /** null: the engine picks a free host port. */
  hostPort: number | null;
  containerPort: number;
  protocol: 'tcp' | 'udp' | 'sctp';
}

function portNumber(text: string): number | null {
  if (!/^\d{1,5}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= 65535 ? n : null;
}

/** `[ip:][hostPort:]containerPort[/proto]`, as `docker run -p` takes it (IPv6 in brackets). */
export function parsePort(text: string): ParseResult<PortSpec> {
  let rest = text.trim();
  let protocol: PortSpec['protocol'] = 'tcp';
  const slash = rest.lastIndexOf('/');
  if (slash >= 0) {
    const proto = rest.slice(slash + 1).toLowerCase();
    if (proto !== 'tcp' && proto !== 'udp' && proto !== 'sctp') return { ok: false, error: 'portProtocol' };
    protocol = proto;
    rest = rest.slice(0, slash);
  }
  let hostIp = '';
  const v6 = /^\[([0-9a-fA-F:.]+)\]:(.*)$/.exec(rest);
  if (v6) {
    hostIp = v6[1]!;
    rest = v6[2]!;
  }
  const parts = rest.split(':');
  if (
    parts.length > 3 ||
    (v6 && parts.length !== 2) ||
    parts.some((p, i) => p === '' && i !== parts.length - 2)
  )
    return { ok: false, error: 'portFormat' };
  if (parts.length === 3) {
    hostIp = parts.shift()!;
    if (!/^(\d{1,3}\.){3}\d{1,3}$/.test(hostIp)) return { ok: false, error: 'portIp' };
  }
  const container = parts.pop()!;
  const host = parts.pop() ?? '';
  if (!/^\d+$/.test(container) || (host && !/^\d+$/.test(host))) return { ok: false, error: 'portFormat' };
  const containerPort = portNumber(container);
  const hostPort = host ? portNumber(host) : null;
  if (containerPort === null || (host && hostPort === null)) return { ok: false, error: 'portRange' };
  return { ok: true, value: { hostIp, hostPort, containerPort, protocol } };
}

export interface KeyValue {
  key: string;
  value: string;
}

/** An environment variable name as docker accepts it: no "=", no whitespace. */
export const ENV_KEY_RE = /^[^=\s]+$/;

export interface EnvBlockResult {
  rows: KeyValue[];
  /** 1-based line numbers that are not KEY=value. */
  badLines: number[];
}

/** Parses a pasted `.env` block: comments, blank lines, `export`, and quoted values. */
export function parseEnvBlock(text: string): EnvBlockResult {
  const rows: KeyValue[] = [];
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const body = line.replace(/^export\s+/, '');
    const eq = body.indexOf('=');
    const key = eq > 0 ? body.slice(0, eq).trim() : '';
    if (!key || !ENV_KEY_RE.test(key)) {
      badLines.push(index + 1);
      return;
    }
    let value = body.slice(eq + 1).trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote)) {
      value = value.slice(1, -1);
      if (quote === '"') value = value.replace(/\\n/g, '\n').replace(/\\(["\\])/g, '$1');
    } else {
      value = value.replace(/\s+#.*$/, '');
    }
    rows.push({ key, value });
  });
  return { rows, badLines };
}

const MEMORY_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  m: 1024 ** 2,
  g: 1024 ** 3,
  t: 1024 ** 4,
};

/** "512m", "1.5g", "1024" (bytes) as `docker run -m` reads them. */
export function parseMemory(text: string): ParseResult<number> {
  const match = /^(\d+(?:\.\d+)?)\s*([bkmgt]?)(?:i?b)?$/i.exec(text.trim());
  if (!match) return { ok: false, error: 'memoryUnit' };
  const bytes = Math.floor(Number(match[1]) * MEMORY_UNITS[match[2]!.toLowerCase()]!);
  // The engine refuses limits under 6 MiB; say so before sending.
  if (bytes < 6 * 1024 ** 2) return { ok: false, error: 'memoryMin' };
  return { ok: true, value: bytes };
}

/** "1.5" CPUs as nano-CPUs, like `docker run --cpus`. */
export function parseCpus(text: string): ParseResult<number> {
  if (!/^\d+(\.\d+)?$/.test(text.trim())) return { ok: false, error: 'cpusFormat' };
  const cpus = Number(text.trim());
  if (cpus <= 0 || cpus > 1024) return { ok: false, error: 'cpusFormat' };
  return { ok: true, value: Math.round(cpus * 1e9) };
}

/** Splits a command line into words with POSIX shell quoting (no expansion). */
export function splitCommand(text: string): ParseResult<string[]> {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote === "'") {
      if (ch === "'") quote = null;
      else word += ch;
    } else if (quote === '"') {
      if (ch === '"') quote = null;
      else if (ch === '\\' && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1]!)) word += text[++i];
      else word += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === '\\') {
      if (i + 1 >= text.length) return { ok: false, error: 'commandEscape' };
      word += text[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote) return { ok: false, error: 'commandQuote' };
  if (inWord) words.push(word);
  return { ok: true, value: words };
}
