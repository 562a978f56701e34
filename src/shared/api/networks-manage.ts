// The contract of managing networks: create, remove, connect, disconnect, inspect, prune.
import { z } from 'zod';
import { containerIdOrNameSchema, networkIdOrNameSchema } from '../ids/engine-names';
import { keyValueListSchema } from './volumes-manage';

/** The networks every engine has; they cannot be removed. */
export const BUILTIN_NETWORKS = ['bridge', 'host', 'none'] as const;
export const isBuiltinNetwork = (name: string) => (BUILTIN_NETWORKS as readonly string[]).includes(name);

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^[0-9a-fA-F:]+(%\w+)?$/;

export function ipProblem(value: string): string | null {
  if (IPV4.test(value) || (value.includes(':') && IPV6.test(value))) return null;
  return 'Not an IP address, e.g. 172.30.0.1';
}

export function subnetProblem(value: string): string | null {
  const [ip, bits, extra] = value.split('/');
  if (extra !== undefined || bits === undefined || !/^\d{1,3}$/.test(bits))
    return 'A subnet is an address and a prefix, e.g. 172.30.0.0/16';
  if (ipProblem(ip!)) return 'A subnet is an address and a prefix, e.g. 172.30.0.0/16';
  const max = ip!.includes(':') ? 128 : 32;
  if (Number(bits) > max) return `The prefix is at most /${max}`;
  return null;
}

const optional = (problem: (value: string) => string | null) =>
  z
    .string()
    .trim()
    .max(64)
    .superRefine((value, ctx) => {
      const found = value ? problem(value) : null;
      if (found) ctx.addIssue({ code: 'custom', message: found });
    })
    .default('');

export const networkDrivers = ['bridge', 'overlay', 'macvlan', 'ipvlan'] as const;

export const networkCreateInput = z
  .object({
    name: networkIdOrNameSchema,
    driver: z.enum(networkDrivers).default('bridge'),
    subnet: optional(subnetProblem),
    gateway: optional(ipProblem),
    internal: z.boolean().default(false),
    attachable: z.boolean().default(false),
    labels: keyValueListSchema.default([]),
  })
  .refine((input) => !input.gateway || input.subnet, {
    message: 'A gateway needs a subnet',
    path: ['gateway'],
  })
  .refine((input) => !isBuiltinNetwork(input.name), {
    message: 'bridge, host and none are the engine’s own networks',
    path: ['name'],
  });
export type NetworkCreateInput = z.input<typeof networkCreateInput>;

export const networkRefInput = z.object({ id: networkIdOrNameSchema });

/** An alias is a host name other containers on the network can use. */
const aliasSchema = z
  .string()
  .trim()
  .min(1)
  .max(253)
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, 'An alias is a host name: letters, digits, "_", "." and "-"');

export const networkConnectInput = z.object({
  id: networkIdOrNameSchema,
  container: containerIdOrNameSchema,
  aliases: z.array(aliasSchema).max(20).default([]),
});
export const networkDisconnectInput = z.object({
  id: networkIdOrNameSchema,
  container: containerIdOrNameSchema,
});
export const networkPruneInput = z.object({ ids: z.array(networkIdOrNameSchema).max(10_000) });

/** A container attached to a network, as `docker network inspect` lists it. */
export interface NetworkMember {
  id: string;
  name: string;
  ipv4: string;
}

export interface NetworkPruneCandidate {
  id: string;
  name: string;
  driver: string;
}

export interface NetworkPruneResult {
  removed: string[];
  failed: { id: string; message: string }[];
}
