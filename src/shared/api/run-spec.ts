// The Run form as one zod schema: the dialog validates with it on every keystroke (field errors
// before anything is sent) and the router validates the same input again. Messages are codes,
// translated by the UI (`runErrors.<code>`), so both languages read them.
import { z } from 'zod';
import { ENV_KEY_RE, parseCpus, parseMemory, parsePort, splitCommand } from './run-parse';

import { CONTAINER_NAME_RE } from './container-constants';

export { CONTAINER_NAME_RE } from './container-constants';
/** Named volumes and networks. */
const RESOURCE_NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
const IMAGE_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.\-/:@]*$/;
const USER_RE = /^[a-zA-Z0-9_.-]+(:[a-zA-Z0-9_.-]+)?$/;

export const restartPolicies = ['no', 'on-failure', 'always', 'unless-stopped'] as const;
export type RestartPolicy = (typeof restartPolicies)[number];

export const containerNameSchema = z
  .string()
  .trim()
  .max(128, 'nameFormat')
  .regex(CONTAINER_NAME_RE, 'nameFormat');

const keyValueSchema = z.object({ key: z.string().max(4096), value: z.string().max(65_536) });

const mountSchema = z.object({
  /** A named volume, an absolute host path, or empty for an anonymous volume. */
  source: z.string().trim().max(4096),
  target: z.string().trim().max(4096),
  readOnly: z.boolean(),
});
export type MountRow = z.infer<typeof mountSchema>;

function check(ctx: z.RefinementCtx, ok: boolean, path: (string | number)[], message: string): void {
  if (!ok) ctx.addIssue({ code: 'custom', path, message });
}

export const runSpecSchema = z
  .object({
    image: z.string().trim().max(512),
    name: z.string().trim().max(128).default(''),
    ports: z.array(z.string().max(128)).max(200).default([]),
    publishAll: z.boolean().default(false),
    env: z.array(keyValueSchema).max(1000).default([]),
    mounts: z.array(mountSchema).max(200).default([]),
    command: z.string().max(65_536).default(''),
    entrypoint: z.string().max(4096).default(''),
    workdir: z.string().trim().max(4096).default(''),
    user: z.string().trim().max(256).default(''),
    autoRemove: z.boolean().default(false),
    restart: z.enum(restartPolicies).default('no'),
    /** Only for on-failure; empty means "no limit". */
    maxRetries: z.string().trim().max(6).default(''),
    interactive: z.boolean().default(false),
    tty: z.boolean().default(false),
    network: z.string().trim().max(256).default(''),
    labels: z.array(keyValueSchema).max(1000).default([]),
    cpus: z.string().trim().max(16).default(''),
    memory: z.string().trim().max(32).default(''),
  })
  // Every check is here rather than on the fields so that all field errors show at once.
  .superRefine((spec, ctx) => {
    if (!spec.image) ctx.addIssue({ code: 'custom', path: ['image'], message: 'imageRequired' });
    else check(ctx, IMAGE_RE.test(spec.image), ['image'], 'imageFormat');
    if (spec.name) check(ctx, CONTAINER_NAME_RE.test(spec.name), ['name'], 'nameFormat');
    spec.ports.forEach((port, i) => {
      const parsed = parsePort(port);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', path: ['ports', i], message: parsed.error });
    });
    spec.env.forEach((row, i) => check(ctx, ENV_KEY_RE.test(row.key), ['env', i, 'key'], 'envKey'));
    spec.labels.forEach((row, i) => check(ctx, /^\S+$/.test(row.key), ['labels', i, 'key'], 'labelKey'));
    spec.mounts.forEach((mount, i) => {
      const s = mount.source;
      if (s && !s.startsWith('/'))
        check(ctx, RESOURCE_NAME_RE.test(s), ['mounts', i, 'source'], 'mountRelative');
      check(ctx, mount.target.startsWith('/'), ['mounts', i, 'target'], 'mountTarget');
    });
    for (const field of ['command', 'entrypoint'] as const) {
      const parsed = splitCommand(spec[field]);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', path: [field], message: parsed.error });
    }
    if (spec.workdir) check(ctx, spec.workdir.startsWith('/'), ['workdir'], 'workdirAbsolute');
    if (spec.user) check(ctx, USER_RE.test(spec.user), ['user'], 'userFormat');
    if (spec.network) check(ctx, RESOURCE_NAME_RE.test(spec.network), ['network'], 'networkFormat');
    if (spec.restart === 'on-failure' && spec.maxRetries)
      check(ctx, /^\d{1,5}$/.test(spec.maxRetries), ['maxRetries'], 'maxRetries');
    if (spec.autoRemove && spec.restart !== 'no')
      ctx.addIssue({ code: 'custom', path: ['restart'], message: 'restartWithRm' });
    if (spec.memory) {
      const parsed = parseMemory(spec.memory);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', path: ['memory'], message: parsed.error });
    }
    if (spec.cpus) {
      const parsed = parseCpus(spec.cpus);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', path: ['cpus'], message: parsed.error });
    }
  });

export type RunSpec = z.infer<typeof runSpecSchema>;
export type RunSpecInput = z.input<typeof runSpecSchema>;

/** The router's input: the form, and whether to start the container after creating it. */
export const runInputSchema = z.object({ spec: runSpecSchema, start: z.boolean().default(true) });

/** Field errors keyed by path ("name", "ports.2", "env.0.key"), first message per field. */
export function runSpecErrors(input: RunSpecInput): Record<string, string> {
  const result = runSpecSchema.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join('.');
    errors[key] ??= issue.message;
  }
  return errors;
}
