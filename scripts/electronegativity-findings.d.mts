export function sourceOf(bundleText: string, line: number): string | null;
export function sourceFiles(root: string): string[];
export function explanationsIn(text: string, check: string): number;
export function parseCsv(text: string): string[][];
