// The compose projects of the live containers list (no request of its own: derived from the list
// LiveSync keeps fresh), and the actions on them with what happened, for the page to say.
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import {
  deriveProjects,
  type ComposeEngineAction,
  type ComposeProject,
  type ComposeToolInput,
} from '@shared/api/compose';
import { useContainers } from '@renderer/api/hooks';
import { useTRPC } from '@renderer/api/trpc';

export function useComposeProjects(): { projects: ComposeProject[]; isLoading: boolean } {
  const { data, isLoading } = useContainers();
  const projects = useMemo(() => deriveProjects(data ?? []), [data]);
  return { projects, isLoading };
}

export interface ActionFeedback {
  state: 'pending' | 'ok' | 'error';
  message: string;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What the last action on a list row did, for the list to say above itself. */
export interface ActionOutcome {
  target: string;
  command: string | null;
  error: string | null;
}

/** Start, stop, restart or remove a project or one of its services through the engine API. */
export function useComposeActions(project: string, onOutcome?: (outcome: ActionOutcome) => void) {
  const trpc = useTRPC();
  const act = useMutation(trpc.compose.act.mutationOptions());
  const [feedback, setFeedback] = useState<ActionFeedback | null>(null);
  const [command, setCommand] = useState<string | null>(null);
  const perform = async (action: ComposeEngineAction, service?: string) => {
    setFeedback({ state: 'pending', message: '' });
    try {
      const result = await act.mutateAsync({ project, action, service });
      const failed = result.failures.map((f) => `${f.name}: ${f.message}`).join('\n');
      setCommand(result.command);
      setFeedback(failed ? { state: 'error', message: failed } : { state: 'ok', message: '' });
      onOutcome?.({ target: service ?? project, command: result.command, error: failed || null });
    } catch (error) {
      setFeedback({ state: 'error', message: messageOf(error) });
      onOutcome?.({ target: service ?? project, command: null, error: messageOf(error) });
    }
  };
  return { perform, feedback, command, busy: feedback?.state === 'pending' };
}

/** Runs the compose tool (up, down, pull, restart); its output goes to the Activity panel. */
export function useComposeRun() {
  const trpc = useTRPC();
  const run = useMutation(trpc.compose.run.mutationOptions());
  const [activityId, setActivityId] = useState<string | null>(null);
  const [command, setCommand] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const start = async (input: ComposeToolInput): Promise<boolean> => {
    setError(null);
    setActivityId(null);
    try {
      const result = await run.mutateAsync(input);
      setActivityId(result.activityId);
      setCommand(result.command);
      return true;
    } catch (caught) {
      setError(messageOf(caught));
      return false;
    }
  };
  return { start, activityId, command, error, starting: run.isPending };
}
