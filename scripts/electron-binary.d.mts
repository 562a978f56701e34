import type { ElectronCheck } from './start-plan.mjs';
export function electronBinary(env?: Record<string, string | undefined>): ElectronCheck;
