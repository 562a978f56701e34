// `limactl list --json` prints one JSON object per instance, one a line.

export interface LimaInstance {
  name: string;
  /** "Running", "Stopped", "Broken" */
  status: string;
  dir: string;
  vmType: string | null;
  cpus: number | null;
  memoryBytes: number | null;
  diskBytes: number | null;
  errors: string[];
}

export function parseLimaList(text: string): LimaInstance[] {
  const out: LimaInstance[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('{')) continue;
    let raw: Record<string, unknown>;
    try {
      raw = JSON.parse(trimmed) as Record<string, unknown>;
    } catch {
      continue;
    }
    if (typeof raw.name !== 'string') continue;
    const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
    out.push({
      name: raw.name,
      status: typeof raw.status === 'string' ? raw.status : 'Unknown',
      dir: typeof raw.dir === 'string' ? raw.dir : '',
      vmType: typeof raw.vmType === 'string' ? raw.vmType : null,
      cpus: num(raw.cpus),
      memoryBytes: num(raw.memory),
      diskBytes: num(raw.disk),
      errors: Array.isArray(raw.errors) ? raw.errors.map(String) : [],
    });
  }
  return out;
}

export const BERTH_LIMA_INSTANCE = 'berth';

function checkName(name: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/.test(name)) throw new Error(`bad Lima instance name: ${name}`);
  return name;
}

export const limactlArgs = {
  list: (): string[] => ['list', '--json'],
  /** First start: create the instance from Berth's template file, then start it. */
  create: (name: string, templateFile: string): string[] => ['start', `--name=${checkName(name)}`, '--tty=false', templateFile], // prettier-ignore
  start: (name: string): string[] => ['start', '--tty=false', checkName(name)],
  stop: (name: string): string[] => ['stop', checkName(name)],
  forceStop: (name: string): string[] => ['stop', '--force', checkName(name)],
  delete: (name: string): string[] => ['delete', '--force', checkName(name)],
};
