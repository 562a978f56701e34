// A tar archive (ustar, with PAX records for long or non-ASCII names) assembled as a list of
// parts: headers as bytes, file contents as the caller's own objects (a browser File), so a
// folder of gigabytes becomes one Blob without being read into memory. Written here rather than
// taken from a library: nanotar cuts names at 100 bytes and writes non-ASCII names wrongly, and
// tar-stream needs Node streams.

export interface TarFile<T> {
  /** Relative, forward slashes ("src/app.js"). */
  path: string;
  size: number;
  /** Milliseconds since the epoch. */
  mtime: number;
  content: T;
}

const BLOCK = 512;
const encoder = new TextEncoder();

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0');
}

function writeAscii(block: Uint8Array, offset: number, text: string): void {
  for (let i = 0; i < text.length; i++) block[offset + i] = text.charCodeAt(i) & 0x7f;
}

function header(name: string, size: number, mtime: number, type: '0' | 'x'): Uint8Array<ArrayBuffer> {
  const block = new Uint8Array(BLOCK);
  writeAscii(block, 0, name.slice(0, 100));
  // 0755, as the docker CLI on Windows sends every file: a browser cannot tell which are executable.
  writeAscii(block, 100, octal(0o755, 8));
  writeAscii(block, 108, octal(0, 8));
  writeAscii(block, 116, octal(0, 8));
  writeAscii(block, 124, octal(size, 12));
  writeAscii(block, 136, octal(Math.max(0, Math.floor(mtime / 1000)), 12));
  writeAscii(block, 148, '        ');
  writeAscii(block, 156, type);
  writeAscii(block, 257, 'ustar\u000000');
  let sum = 0;
  for (const byte of block) sum += byte;
  writeAscii(block, 148, `${octal(sum, 7)}\u0000`);
  return block;
}

/** One PAX record: "LEN key=value\n", LEN counting itself (in bytes). */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  const bodyBytes = encoder.encode(body).length;
  let digits = String(bodyBytes).length;
  while (String(bodyBytes + digits).length !== digits) digits += 1;
  return `${bodyBytes + digits}${body}`;
}

function padding(size: number): Uint8Array<ArrayBuffer> | null {
  const rest = size % BLOCK;
  return rest === 0 ? null : new Uint8Array(BLOCK - rest);
}

/** The archive's parts in order: byte arrays of headers and padding, and each file's content. */
export function tarParts<T>(files: readonly TarFile<T>[]): (Uint8Array<ArrayBuffer> | T)[] {
  const parts: (Uint8Array<ArrayBuffer> | T)[] = [];
  for (const file of files) {
    const nameBytes = encoder.encode(file.path).length;
    // Plain ASCII names that fit the header's 100 bytes go there; others in a PAX record before it.
    if (nameBytes > 100 || nameBytes !== file.path.length) {
      const record = encoder.encode(paxRecord('path', file.path));
      parts.push(header('PaxHeader', record.length, file.mtime, 'x'), record);
      const pad = padding(record.length);
      if (pad) parts.push(pad);
    }
    parts.push(header(file.path, file.size, file.mtime, '0'), file.content);
    const pad = padding(file.size);
    if (pad) parts.push(pad);
  }
  // Two empty blocks end the archive.
  parts.push(new Uint8Array(BLOCK * 2));
  return parts;
}
