import type { ElectronCheck } from './start-plan.mjs';
export function distLinuxDirPlan(input: {
  electron: ElectronCheck;
  platform: string;
}): { run: false; message: string } | { run: true; steps: [string, string[]][] };
