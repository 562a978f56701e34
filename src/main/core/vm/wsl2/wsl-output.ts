// What wsl.exe prints. It writes UTF-16LE to a pipe unless WSL_UTF8=1 is set (then UTF-8), and its
// words are localised, so the parsers lean on layout (columns, a trailing version digit), not on
// English headers.

/** Decodes wsl.exe output: UTF-16LE unless WSL_UTF8=1, with a fallback for output that is plainly not. */
export function decodeWslOutput(bytes: Buffer, env: NodeJS.ProcessEnv = process.env): string {
  let text: string;
  if (env.WSL_UTF8 === '1' || !looksUtf16le(bytes)) text = bytes.toString('utf8');
  else text = bytes.toString('utf16le');
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\0/g, '')
    .replace(/\r/g, '');
}

/** UTF-16LE text of mostly ASCII has a NUL in most odd bytes (or starts with the FF FE mark). */
function looksUtf16le(bytes: Buffer): boolean {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return true;
  if (bytes.length < 2 || bytes.length % 2 !== 0) return false;
  let zeros = 0;
  const pairs = Math.min(bytes.length / 2, 512);
  for (let i = 0; i < pairs; i++) if (bytes[i * 2 + 1] === 0) zeros++;
  return zeros >= pairs / 2;
}

export interface WslDistro {
  name: string;
  /** As printed (localised): "Running", "Stopped", "실행 중"… */
  state: string;
  version: number;
  isDefault: boolean;
}

/** `wsl --list --verbose`: a header line, then "[*] NAME STATE VERSION" rows. */
export function parseWslList(text: string): WslDistro[] {
  const rows = text.split('\n').filter((l) => l.trim());
  const out: WslDistro[] = [];
  for (const row of rows.slice(1)) {
    const isDefault = row.trimStart().startsWith('*');
    const tokens = row
      .replace(/^\s*\*?/, '')
      .trim()
      .split(/\s+/);
    const version = Number(tokens[tokens.length - 1]);
    if (tokens.length < 3 || !Number.isInteger(version)) continue;
    out.push({ name: tokens[0]!, state: tokens.slice(1, -1).join(' '), version, isDefault });
  }
  return out;
}

/** `wsl --list --quiet [--running]`: one distro name a line. */
export function parseWslNames(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

export interface WslStatus {
  defaultDistribution: string | null;
  defaultVersion: number | null;
  /** When WSL cannot run VMs (virtualisation off, component missing): its own words. */
  problem: string | null;
}

/**
 * `wsl --status`. The first "key: value" line names the default distribution and the one whose
 * value is a single digit the default version (the labels are localised). Output without them is
 * WSL saying what is wrong.
 */
export function parseWslStatus(text: string): WslStatus {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const pairs = lines
    .map((l) => /^([^:]{2,60}):\s*(.+)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ key: m[1]!.trim(), value: m[2]!.trim() }));
  const version = pairs.find((p) => /^\d$/.test(p.value));
  const distro = pairs.find(
    (p) => p !== version && /^[A-Za-z0-9._-]+$/.test(p.value) && !/^\d+$/.test(p.value),
  );
  const problemLine = lines.find((l) => /virtuali[sz]ation|Virtual Machine Platform|not installed|requires an update|kernel component/i.test(l)); // prettier-ignore
  return {
    defaultDistribution: distro?.value ?? null,
    defaultVersion: version ? Number(version.value) : null,
    problem: problemLine ?? (version || !lines.length ? null : lines.join(' ')),
  };
}
