// One compose tool action (up, down, pull, restart) as an activity: resolves the file, runs the
// tool against Berth's engine, streams its lines into the Activity panel, and ends with the tool's
// own words when it fails. Returns at once; the activity carries the outcome.
import type { ContainerSummary } from '@shared/api';
import { composeToolInput, type ComposeToolInput, type ComposeToolResult } from '@shared/api/compose';
import { composeToolArgs, composeToolCommand } from '@shared/cli/compose-commands';
import type { ActivityLog } from '../activity/activity-log';
import type { AccessPolicy } from '../policy';
import type { TempDirs } from '../temp-dirs';
import { resolveComposeFiles } from './files';
import { runComposeTool, toolError, type ToolEndpoint } from './run-tool';
import type { ComposeTool } from './tool';

export class NoComposeToolError extends Error {
  constructor() {
    super(
      'No compose tool was found: install the Docker Compose plugin (`docker compose`) or `docker-compose` (Debian and Ubuntu: apt install docker-compose). Start, stop, restart and remove still work without one.',
    );
    this.name = 'NoComposeToolError';
  }
}

export interface ToolActionDeps {
  tool: ComposeTool | null;
  endpoint: ToolEndpoint | null;
  containers: readonly ContainerSummary[];
  policy: AccessPolicy;
  activity: ActivityLog;
  /** The backend's temp folders (an uploaded compose file is written there). */
  tempDirs: TempDirs;
}

/** The tool runs one argument list after another (v1 pulls before `up`, having no `up --pull`). */
function steps(tool: ComposeTool, input: ReturnType<typeof composeToolInput.parse>): string[][] {
  if (input.action === 'up' && input.pull && tool.major < 2)
    return [['pull'], composeToolArgs('up', { build: input.build })];
  return [composeToolArgs(input.action, input)];
}

/** The tool names files by where they are; an upload's temp path means nothing to the user. */
function ownNames(message: string, files: readonly string[], shown: readonly string[]): string {
  return files.reduce((text, file, i) => (shown[i] ? text.split(file).join(shown[i]) : text), message);
}

export async function startToolAction(
  deps: ToolActionDeps,
  raw: ComposeToolInput,
): Promise<ComposeToolResult> {
  const input = composeToolInput.parse(raw);
  const { tool, endpoint } = deps;
  if (!tool) throw new NoComposeToolError();
  if (!endpoint) throw new Error('The Docker engine is not connected.');
  const resolved = await resolveComposeFiles(
    input.source,
    input.project,
    deps.containers,
    deps.policy,
    deps.tempDirs,
  );
  const command = composeToolCommand(input.project, resolved.shown, input.action, input);
  const handle = deps.activity.start('compose', `${input.project}: ${input.action}`, command);
  void (async () => {
    try {
      for (const args of steps(tool, input)) {
        const result = await runComposeTool({
          tool,
          endpoint,
          project: input.project,
          files: resolved.files,
          cwd: resolved.cwd,
          args,
          signal: handle.signal,
          onLine: (line) => handle.log(line),
        });
        if (handle.signal.aborted) {
          handle.fail('Cancelled');
          return;
        }
        if (result.code !== 0) {
          handle.fail(ownNames(toolError(result.tail, result.code), resolved.files, resolved.shown));
          return;
        }
      }
      handle.succeed();
    } catch (error) {
      handle.fail(error instanceof Error ? error.message : String(error));
    } finally {
      resolved.release();
    }
  })();
  return { activityId: handle.id, command };
}
