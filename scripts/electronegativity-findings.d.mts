export function sourceOf(bundleText: string, line: number): string | null;
export function sourceFiles(root: string): string[];
export function explanationsIn(text: string, check: string): number;
export interface Finding {
  check: string;
  level: string;
  /** The scanned file, relative; null for a finding about the app as a whole. */
  file: string | null;
  line: number;
  column: number;
}
export function findingsFromSarif(text: string): Finding[];
