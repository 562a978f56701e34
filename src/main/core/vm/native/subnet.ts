// IPv4 subnet arithmetic for picking a bridge subnet no other engine or route uses. Pure: the
// addresses in use come from the caller (host-network.ts reads them with `ip -j`).

export interface Cidr {
  /** Network address as an unsigned 32-bit number. */
  base: number;
  bits: number;
}

export function parseCidr(ip: string, bits: number): Cidr | undefined {
  const parts = ip.split('.').map(Number);
  if (parts.length !== 4 || parts.some((x) => !Number.isInteger(x) || x < 0 || x > 255)) return undefined;
  if (!Number.isInteger(bits) || bits < 0 || bits > 32) return undefined;
  const [a = 0, b = 0, c = 0, d = 0] = parts;
  return { base: ((a << 24) | (b << 16) | (c << 8) | d) >>> 0, bits };
}

/** "172.30.3.0/24" → Cidr; "10.0.0.1" → a /32. */
export function parseCidrText(text: string): Cidr | undefined {
  const [ip = '', bits = '32'] = text.split('/');
  return parseCidr(ip, Number(bits));
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  const bits = Math.min(a.bits, b.bits);
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return (a.base & mask) >>> 0 === (b.base & mask) >>> 0;
}

export function formatIp(value: number): string {
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 255).join('.');
}

export interface SubnetChoice {
  /** e.g. 172.28.3.0/24 */
  subnet: string;
  /** The bridge's own address with prefix, e.g. 172.28.3.1/24 (dockerd's --bip). */
  gatewayCidr: string;
  gateway: string;
}

/**
 * The first /24 in `prefix`.0-255 (e.g. "172.28") that overlaps nothing in `used`; `preferred`
 * (the subnet a previous run chose) wins when it is still free, so container addresses stay put.
 */
export function pickSubnet(prefix: string, used: Cidr[], preferred?: string | null): SubnetChoice | null {
  const candidates: string[] = [];
  if (preferred) candidates.push(preferred);
  for (let n = 0; n < 256; n++) candidates.push(`${prefix}.${n}.0/24`);
  for (const candidate of candidates) {
    const mine = parseCidrText(candidate);
    if (!mine || mine.bits !== 24 || used.some((u) => overlaps(u, mine))) continue;
    const gateway = formatIp(mine.base + 1);
    return { subnet: `${formatIp(mine.base)}/24`, gatewayCidr: `${gateway}/24`, gateway };
  }
  return null;
}
