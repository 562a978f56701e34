export type ElectronCheck = { ok: true; path: string } | { ok: false; why: string };
export function findElectron(input: {
  locate: () => unknown;
  download: () => string | null;
  env: Record<string, string | undefined>;
  exists?: (file: string) => boolean;
}): ElectronCheck;
export function startPlan(input: {
  electron: ElectronCheck;
  platform: string;
  env: Record<string, string | undefined>;
}): { mode: 'desktop'; reason: null } | { mode: 'web'; reason: string };
export function browserCommand(input: {
  url: string;
  platform: string;
  env: Record<string, string | undefined>;
  has: (binary: string) => boolean;
}): { command: string; args: string[] } | null;
