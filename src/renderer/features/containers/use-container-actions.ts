// Runs lifecycle actions on one or many containers and keeps, per container, what happened
// (working, done, or the engine's error in words) so the row can say it next to itself.
import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { ContainerSummary } from '@shared/api';
import type { KillSignal } from '@shared/api/lifecycle';
import { bulkCommand, killCommand, removeCommand } from '@shared/cli/container-commands';
import { useTRPC } from '@renderer/api/trpc';

export type LifecycleAction =
  'start' | 'stop' | 'restart' | 'pause' | 'unpause' | 'kill' | 'remove' | 'rename';

export interface ActionOptions {
  timeout?: number;
  signal?: KillSignal;
  force?: boolean;
  volumes?: boolean;
  name?: string;
}

export interface Feedback {
  state: 'pending' | 'ok' | 'error';
  action: LifecycleAction;
  /** The engine's words, for errors. */
  message: string;
}

const OK_VISIBLE_MS = 6000;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useContainerActions() {
  const trpc = useTRPC();
  const start = useMutation(trpc.containers.start.mutationOptions());
  const stop = useMutation(trpc.containers.stop.mutationOptions());
  const restart = useMutation(trpc.containers.restart.mutationOptions());
  const pause = useMutation(trpc.containers.pause.mutationOptions());
  const unpause = useMutation(trpc.containers.unpause.mutationOptions());
  const kill = useMutation(trpc.containers.kill.mutationOptions());
  const remove = useMutation(trpc.containers.remove.mutationOptions());
  const rename = useMutation(trpc.containers.rename.mutationOptions());
  const [feedback, setFeedback] = useState<ReadonlyMap<string, Feedback>>(new Map());
  const [lastCommand, setLastCommand] = useState<string | null>(null);
  // Per container: which action is the latest, so an old success never clears a newer message.
  const generations = useRef(new Map<string, number>());

  const setOne = useCallback((id: string, value: Feedback | null) => {
    setFeedback((old) => {
      const next = new Map(old);
      if (value) next.set(id, value);
      else next.delete(id);
      return next;
    });
  }, []);

  const call = (action: LifecycleAction, id: string, o: ActionOptions): Promise<{ command: string }> => {
    switch (action) {
      case 'start':
        return start.mutateAsync({ id });
      case 'stop':
        return stop.mutateAsync({ id, timeout: o.timeout });
      case 'restart':
        return restart.mutateAsync({ id, timeout: o.timeout });
      case 'pause':
        return pause.mutateAsync({ id });
      case 'unpause':
        return unpause.mutateAsync({ id });
      case 'kill':
        return kill.mutateAsync({ id, signal: o.signal ?? 'SIGKILL' });
      case 'remove':
        return remove.mutateAsync({ id, force: o.force ?? false, volumes: o.volumes ?? false });
      case 'rename':
        return rename.mutateAsync({ id, name: o.name ?? '' });
    }
  };

  /** One action on one container; resolves null on success, else the engine's words (never rejects). */
  const perform = async (
    action: LifecycleAction,
    container: ContainerSummary,
    options: ActionOptions = {},
  ): Promise<string | null> => {
    const mine = (generations.current.get(container.id) ?? 0) + 1;
    generations.current.set(container.id, mine);
    setOne(container.id, { state: 'pending', action, message: '' });
    try {
      const result = await call(action, container.name || container.id, options);
      setLastCommand(result.command);
      setOne(container.id, { state: 'ok', action, message: '' });
      setTimeout(() => {
        setFeedback((old) => {
          if (old.get(container.id)?.state !== 'ok' || generations.current.get(container.id) !== mine)
            return old;
          const next = new Map(old);
          next.delete(container.id);
          return next;
        });
      }, OK_VISIBLE_MS);
      return null;
    } catch (error) {
      const message = messageOf(error);
      setOne(container.id, { state: 'error', action, message });
      return message;
    }
  };

  /** The same action on many containers at once; each row reports its own outcome. */
  const performMany = async (
    action: LifecycleAction,
    containers: ContainerSummary[],
    options: ActionOptions = {},
  ): Promise<{ ok: number; failed: number }> => {
    const results = await Promise.all(containers.map((c) => perform(action, c, options)));
    const ok = results.filter((result) => result === null).length;
    const refs = containers.map((c) => c.name || c.id);
    if (containers.length > 1)
      setLastCommand(
        action === 'remove'
          ? removeCommand(refs, options)
          : action === 'kill'
            ? killCommand(refs, options.signal)
            : action === 'rename'
              ? null
              : bulkCommand(action, refs),
      );
    return { ok, failed: results.length - ok };
  };

  return {
    feedback,
    lastCommand,
    setLastCommand,
    perform,
    performMany,
    dismiss: (id: string) => setOne(id, null),
  };
}

export type ContainerActions = ReturnType<typeof useContainerActions>;
