// The Run form's state, its cleanup before sending (blank rows dropped) and which field errors
// to show (blank rows are not errors; "image required" waits for the first Run click).
import type { KeyValue } from '@shared/api/run-parse';
import { runSpecErrors, type MountRow, type RunSpec } from '@shared/api/run-spec';

export type RunForm = RunSpec;

export function emptyForm(image = ''): RunForm {
  return {
    image,
    name: '',
    ports: [],
    publishAll: false,
    env: [],
    mounts: [],
    command: '',
    entrypoint: '',
    workdir: '',
    user: '',
    autoRemove: false,
    restart: 'no',
    maxRetries: '',
    interactive: false,
    tty: false,
    network: '',
    labels: [],
    cpus: '',
    memory: '',
  };
}

const blankKv = (row: KeyValue) => !row.key.trim() && !row.value.trim();
const blankMount = (row: MountRow) => !row.source.trim() && !row.target.trim();

/** What is sent: the form without its blank rows. */
export function cleanForm(form: RunForm): RunForm {
  return {
    ...form,
    ports: form.ports.filter((port) => port.trim()),
    env: form.env.filter((row) => !blankKv(row)),
    labels: form.labels.filter((row) => !blankKv(row)),
    mounts: form.mounts.filter((row) => !blankMount(row)),
  };
}

/** Field errors keyed like "ports.1" or "env.0.key", as codes for `runErrors.<code>`. */
export function formErrors(form: RunForm, attempted: boolean): Record<string, string> {
  const errors = runSpecErrors(form);
  const shown: Record<string, string> = {};
  for (const [path, code] of Object.entries(errors)) {
    const [field, index] = path.split('.');
    const i = Number(index);
    if (field === 'ports' && !form.ports[i]?.trim()) continue;
    if ((field === 'env' || field === 'labels') && form[field][i] && blankKv(form[field][i])) continue;
    if (field === 'mounts' && form.mounts[i] && blankMount(form.mounts[i])) continue;
    if (code === 'imageRequired' && !attempted) continue;
    shown[path] = code;
  }
  return shown;
}

export function isNoSuchImage(message: string): boolean {
  return /no such image|pull access denied|not found: manifest unknown|repository does not exist/i.test(
    message,
  );
}
