// The Build dialog's form: its state, field validation (before anything is sent) and the request.
import { buildArgKeySchema, type BuildInput } from '@shared/api/images-build';
import { relativePathProblem } from '@shared/ids/file-path';
import { imageReferenceSchema } from '@shared/ids/image-ids';
import { messages } from './i18n-build';

export interface BuildFormState {
  context: string;
  dockerfile: string;
  tags: string[];
  args: { key: string; value: string }[];
  target: string;
  pull: boolean;
  noCache: boolean;
}

export interface BuildFormErrors {
  context: string | null;
  dockerfile: string | null;
  tags: (string | null)[];
  args: (string | null)[];
  target: string | null;
}

export const emptyBuildForm: BuildFormState = {
  context: '',
  dockerfile: 'Dockerfile',
  tags: [''],
  args: [],
  target: '',
  pull: false,
  noCache: false,
};

export type Translate = (key: string, params?: Record<string, string>) => string;

/** English, for callers without i18next (tests); the dialog passes its `t`. */
const english: Translate = (key, params = {}) => {
  const text = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages.en);
  return String(text ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? '');
};

/** Problems found without asking the server (the folder's existence is checked there). */
export function validateBuildForm(form: BuildFormState, t: Translate = english): BuildFormErrors {
  const seen = new Set<string>();
  return {
    context: form.context.trim() ? null : t('imageBuild.errors.context'),
    dockerfile: !form.dockerfile.trim()
      ? t('imageBuild.errors.dockerfile')
      : relativePathProblem(form.dockerfile.trim())
        ? t('imageBuild.errors.dockerfileOutside')
        : null,
    tags: form.tags.map((tag) =>
      tag.trim() && !imageReferenceSchema.safeParse(tag).success ? t('imageBuild.errors.tag') : null,
    ),
    args: form.args.map((arg) => {
      if (!arg.key && !arg.value) return null;
      if (!buildArgKeySchema.safeParse(arg.key).success) return t('imageBuild.errors.argName');
      if (seen.has(arg.key)) return t('imageBuild.argDuplicate', { key: arg.key });
      seen.add(arg.key);
      return null;
    }),
    target: /^[A-Za-z0-9_.-]*$/.test(form.target.trim()) ? null : t('imageBuild.errors.target'),
  };
}

export function hasErrors(errors: BuildFormErrors): boolean {
  return Boolean(
    errors.context ||
    errors.dockerfile ||
    errors.target ||
    errors.tags.some(Boolean) ||
    errors.args.some(Boolean),
  );
}

export function toBuildInput(form: BuildFormState): BuildInput {
  return {
    context: form.context.trim(),
    dockerfile: form.dockerfile.trim() || 'Dockerfile',
    tags: form.tags.map((tag) => tag.trim()).filter(Boolean),
    buildArgs: form.args.filter((arg) => arg.key),
    target: form.target.trim(),
    pull: form.pull,
    noCache: form.noCache,
  };
}
