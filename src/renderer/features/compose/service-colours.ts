// A stable colour per service for the merged log: the same service gets the same colour every
// time (a hash of its name, not its order), from the ANSI colours the terminal theme defines for
// both themes (red is left for stderr).
const PALETTE = [36, 35, 32, 33, 34];

export function serviceColour(service: string): number {
  let hash = 0;
  for (let i = 0; i < service.length; i++) hash = (hash * 31 + service.charCodeAt(i)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}

/** One merged log line as the terminal draws it: "web    | text", the prefix in its colour. */
export function prefixLine(service: string, width: number, text: string, stderr: boolean): string {
  const prefix = `\u001b[${serviceColour(service)}m${service.padEnd(width)} |\u001b[0m `;
  return stderr ? `${prefix}\u001b[31m${text}\u001b[0m\r\n` : `${prefix}${text}\r\n`;
}
