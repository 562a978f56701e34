// Maps the engine's /networks entries to NetworkSummary.
import type { NetworkInspectInfo } from 'dockerode';
import type { NetworkSummary, Unscoped } from '@shared/api';

/** `users` counts containers per network name. */
export function toNetworkSummary(
  network: NetworkInspectInfo,
  users: Map<string, number>,
): Unscoped<NetworkSummary> {
  return {
    id: network.Id,
    name: network.Name,
    driver: network.Driver,
    scope: network.Scope,
    subnets: (network.IPAM?.Config ?? [])
      .map((config) => config.Subnet)
      .filter((s): s is string => Boolean(s)),
    gateways: (network.IPAM?.Config ?? [])
      .map((config) => config.Gateway)
      .filter((g): g is string => Boolean(g)),
    internal: network.Internal,
    createdAt: network.Created ?? null,
    labels: network.Labels ?? {},
    containers: users.get(network.Name) ?? 0,
  };
}
