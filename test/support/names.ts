// Names unique to this test process and call, so tests never collide with each other or with
// leftovers of an earlier run.
let counter = 0;
const run = `${process.pid}-${Date.now().toString(36)}`;

export function uniqueName(prefix: string): string {
  return `${prefix}-${run}-${counter++}`;
}

/** This test process's run ID, for names built around it (image tags, repositories). */
export const runId = run;
