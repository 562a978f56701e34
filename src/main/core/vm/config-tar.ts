// A tiny ustar writer: the VM's configuration (server TLS files, shared folders) goes to the guest
// as a read-only raw disk holding a tar, which the guest's init extracts (`tar -xf /dev/vdX`).
// A read-only disk does not get in the way of snapshots, unlike a 9p export.

const BLOCK = 512;

function header(name: string, size: number, mode: number, mtime: number): Buffer {
  if (Buffer.byteLength(name) > 99 || name.includes('..') || name.startsWith('/')) {
    throw new Error(`bad tar entry name: ${name}`);
  }
  const h = Buffer.alloc(BLOCK);
  const field = (offset: number, length: number, value: string): void => {
    h.write(value, offset, length, 'ascii');
  };
  const octal = (value: number, length: number): string => value.toString(8).padStart(length - 1, '0') + '\0';
  h.write(name, 0, 100, 'utf8');
  field(100, 8, octal(mode, 8));
  field(108, 8, octal(0, 8));
  field(116, 8, octal(0, 8));
  field(124, 12, octal(size, 12));
  field(136, 12, octal(mtime, 12));
  field(148, 8, '        '); // checksum placeholder: spaces while summing
  field(156, 1, '0');
  field(257, 6, 'ustar\0');
  field(263, 2, '00');
  let sum = 0;
  for (const byte of h) sum += byte;
  field(148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  return h;
}

/** Files (flat names) to a tar archive, padded to whole 10 KiB records as tar does. */
export function makeTar(files: Record<string, Buffer | string>, mode = 0o600, mtime = 0): Buffer {
  const parts: Buffer[] = [];
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    parts.push(header(name, data.length, mode, mtime), data);
    const pad = (BLOCK - (data.length % BLOCK)) % BLOCK;
    if (pad) parts.push(Buffer.alloc(pad));
  }
  parts.push(Buffer.alloc(BLOCK * 2));
  const total = parts.reduce((n, p) => n + p.length, 0);
  const record = 20 * BLOCK;
  const tail = (record - (total % record)) % record;
  if (tail) parts.push(Buffer.alloc(tail));
  return Buffer.concat(parts);
}
