// Create, remove, connect, disconnect and prune networks. The engine's own networks (bridge,
// host, none) are refused in words before the engine is asked; a network with containers on it
// is refused naming them; prune removes exactly the previewed networks.
import type Dockerode from 'dockerode';
import type { z } from 'zod';
import type { NetworkSummary } from '@shared/api';
import {
  isBuiltinNetwork,
  type networkCreateInput,
  type NetworkMember,
  type NetworkPruneCandidate,
  type NetworkPruneResult,
} from '@shared/api/networks-manage';
import { engineMessage } from '../engine/errors';

export class NetworkRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NetworkRefusedError';
  }
}

const builtinRefusal = (name: string) =>
  new NetworkRefusedError(
    `${name} is one of the engine’s own networks (bridge, host, none) and cannot be removed.`,
  );

export async function createNetwork(
  docker: Dockerode,
  input: z.output<typeof networkCreateInput>,
): Promise<{ id: string }> {
  const network = await docker.createNetwork({
    Name: input.name,
    Driver: input.driver,
    Internal: input.internal,
    Attachable: input.attachable,
    CheckDuplicate: true,
    Labels: Object.fromEntries(input.labels.map((row) => [row.key, row.value])),
    ...(input.subnet
      ? {
          IPAM: {
            Driver: 'default',
            Config: [{ Subnet: input.subnet, ...(input.gateway ? { Gateway: input.gateway } : {}) }],
          },
        }
      : {}),
  });
  return { id: network.id };
}

/** The containers on a network, as `docker network inspect` lists them. */
export async function networkMembers(docker: Dockerode, id: string): Promise<NetworkMember[]> {
  const info = (await docker.getNetwork(id).inspect()) as {
    Containers?: Record<string, { Name?: string; IPv4Address?: string }>;
  };
  const members = Object.entries(info.Containers ?? {}).map(([containerId, entry]) => ({
    id: containerId,
    name: entry.Name ?? containerId.slice(0, 12),
    ipv4: entry.IPv4Address ?? '',
  }));
  return members.sort((a, b) => a.name.localeCompare(b.name));
}

export async function removeNetwork(docker: Dockerode, id: string): Promise<void> {
  const info = (await docker.getNetwork(id).inspect()) as { Name: string };
  if (isBuiltinNetwork(info.Name)) throw builtinRefusal(info.Name);
  try {
    await docker.getNetwork(id).remove();
  } catch (error) {
    if (/active endpoints/i.test(engineMessage(error))) {
      const members = await networkMembers(docker, id).catch(() => []);
      throw new NetworkRefusedError(
        `The network ${info.Name} has containers on it (${members.map((m) => m.name).join(', ') || 'unknown'}) ` +
          'and cannot be removed. Disconnect or stop them first.',
      );
    }
    throw error;
  }
}

export async function connectNetwork(
  docker: Dockerode,
  id: string,
  container: string,
  aliases: string[],
): Promise<void> {
  await docker.getNetwork(id).connect({
    Container: container,
    ...(aliases.length ? { EndpointConfig: { Aliases: aliases } } : {}),
  });
}

export async function disconnectNetwork(docker: Dockerode, id: string, container: string): Promise<void> {
  await docker.getNetwork(id).disconnect({ Container: container, Force: false });
}

const prunable = (network: NetworkSummary) => network.containers === 0 && !isBuiltinNetwork(network.name);

export function networkPruneCandidates(networks: NetworkSummary[]): NetworkPruneCandidate[] {
  return networks
    .filter(prunable)
    .map((network) => ({ id: network.id, name: network.name, driver: network.driver }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Removes exactly the previewed IDs that are still unused by the live model, one by one. */
export async function pruneNetworks(
  docker: Dockerode,
  networks: NetworkSummary[],
  ids: string[],
): Promise<NetworkPruneResult> {
  const unused = new Map(networks.filter(prunable).map((network) => [network.id, network]));
  const result: NetworkPruneResult = { removed: [], failed: [] };
  for (const id of new Set(ids)) {
    const network = unused.get(id);
    if (!network) {
      result.failed.push({ id, message: 'No longer unused or no longer there; kept.' });
      continue;
    }
    try {
      await removeNetwork(docker, id);
      result.removed.push(network.name);
    } catch (error) {
      result.failed.push({ id, message: error instanceof Error ? error.message : engineMessage(error) });
    }
  }
  return result;
}
