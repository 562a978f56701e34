// Turns a validated Run form into the engine's container-create body (what `docker run` sends).
import type { ContainerCreateOptions } from 'dockerode';
import { parseCpus, parseMemory, parsePort, splitCommand } from '@shared/api/run-parse';
import type { RunSpec } from '@shared/api/run-spec';

function words(text: string): string[] {
  const parsed = splitCommand(text);
  if (!parsed.ok) throw new Error(`Cannot parse "${text}": unbalanced quotes`);
  return parsed.value;
}

export function toCreateOptions(spec: RunSpec): ContainerCreateOptions {
  const exposed: Record<string, object> = {};
  const bindings: Record<string, { HostIp: string; HostPort: string }[]> = {};
  for (const text of spec.ports) {
    const port = parsePort(text);
    if (!port.ok) throw new Error(`Invalid port "${text}"`);
    const key = `${port.value.containerPort}/${port.value.protocol}`;
    exposed[key] = {};
    (bindings[key] ??= []).push({
      HostIp: port.value.hostIp,
      HostPort: port.value.hostPort === null ? '' : String(port.value.hostPort),
    });
  }

  const binds: string[] = [];
  const volumes: Record<string, object> = {};
  for (const mount of spec.mounts) {
    if (!mount.target) continue;
    if (mount.source) binds.push(`${mount.source}:${mount.target}${mount.readOnly ? ':ro' : ''}`);
    else volumes[mount.target] = {};
  }

  // As in container-commands.ts: the first entrypoint word is the entrypoint, the rest lead Cmd.
  const entrypoint = words(spec.entrypoint);
  const command = [...entrypoint.slice(1), ...words(spec.command)];

  const options: ContainerCreateOptions = {
    Image: spec.image,
    Env: spec.env.filter((row) => row.key).map((row) => `${row.key}=${row.value}`),
    Labels: Object.fromEntries(spec.labels.filter((row) => row.key).map((row) => [row.key, row.value])),
    ExposedPorts: exposed,
    Volumes: volumes,
    OpenStdin: spec.interactive,
    StdinOnce: false,
    AttachStdin: false,
    Tty: spec.tty,
    HostConfig: {
      PortBindings: bindings,
      PublishAllPorts: spec.publishAll,
      Binds: binds,
      AutoRemove: spec.autoRemove,
      RestartPolicy: {
        Name: spec.restart === 'no' ? '' : spec.restart,
        MaximumRetryCount: spec.restart === 'on-failure' && spec.maxRetries ? Number(spec.maxRetries) : 0,
      },
    },
  };
  if (spec.name) options.name = spec.name;
  if (entrypoint.length > 0) options.Entrypoint = [entrypoint[0]!];
  if (command.length > 0) options.Cmd = command;
  if (spec.workdir) options.WorkingDir = spec.workdir;
  if (spec.user) options.User = spec.user;
  if (spec.network) options.HostConfig!.NetworkMode = spec.network;
  if (spec.memory) {
    const memory = parseMemory(spec.memory);
    if (memory.ok) options.HostConfig!.Memory = memory.value;
  }
  if (spec.cpus) {
    const cpus = parseCpus(spec.cpus);
    if (cpus.ok) options.HostConfig!.NanoCpus = cpus.value;
  }
  return options;
}
