// Whole-project and one-service actions through the engine API alone, so they work without any
// compose tool: the project's containers are found by their compose labels in the live model.
import type Dockerode from 'dockerode';
import type { ContainerSummary } from '@shared/api';
import {
  COMPOSE_LABELS,
  projectContainers,
  type ComposeActionResult,
  type ComposeEngineActionInput,
} from '@shared/api/compose';
import { composeEngineCommand } from '@shared/cli/compose-commands';
import { engineMessage } from '../engine/errors';

/** Compose stops dependants first; without the dependency graph, stop in reverse service order. */
function ordered(list: ContainerSummary[], reverse: boolean): ContainerSummary[] {
  const key = (c: ContainerSummary) => `${c.labels[COMPOSE_LABELS.service] ?? ''}\u0000${c.name}`;
  const sorted = [...list].sort((a, b) => key(a).localeCompare(key(b)));
  return reverse ? sorted.reverse() : sorted;
}

async function act(docker: Dockerode, container: ContainerSummary, action: string): Promise<void> {
  const handle = docker.getContainer(container.id);
  if (action === 'start') {
    if (container.state === 'paused') await handle.unpause();
    else if (container.state !== 'running') await handle.start();
  } else if (action === 'stop') {
    if (container.state === 'running' || container.state === 'paused' || container.state === 'restarting')
      await handle.stop();
  } else if (action === 'restart') {
    await handle.restart();
  } else {
    await handle.remove({ force: true, v: false });
  }
}

/** Networks compose made for the project (removed with the whole project, as `down` does). */
async function removeProjectNetworks(docker: Dockerode, project: string): Promise<void> {
  const networks = await docker.listNetworks({
    filters: JSON.stringify({ label: [`${COMPOSE_LABELS.project}=${project}`] }),
  });
  await Promise.allSettled(networks.map((network) => docker.getNetwork(network.Id).remove()));
}

export async function composeEngineAction(
  docker: Dockerode,
  all: readonly ContainerSummary[],
  input: ComposeEngineActionInput,
): Promise<ComposeActionResult> {
  const targets = projectContainers(all, input.project, input.service);
  if (targets.length === 0) {
    const what = input.service ? `service "${input.service}" of ` : '';
    throw new Error(`No containers of ${what}compose project "${input.project}" were found.`);
  }
  const failures: ComposeActionResult['failures'] = [];
  // One at a time in a stable order, as compose does (a dependency usually sorts first).
  for (const container of ordered(targets, input.action !== 'start')) {
    try {
      await act(docker, container, input.action);
    } catch (error) {
      const message = engineMessage(error);
      // Already in the wanted state is not a failure.
      if (!/is not running|already (started|stopped)/i.test(message))
        failures.push({ name: container.name, message });
    }
  }
  if (input.action === 'remove' && input.service === undefined)
    await removeProjectNetworks(docker, input.project).catch(() => undefined);
  if (failures.length === targets.length)
    throw new Error(failures.map((f) => `${f.name}: ${f.message}`).join('; '));
  return { command: composeEngineCommand(input.project, input.action, input.service), failures };
}
