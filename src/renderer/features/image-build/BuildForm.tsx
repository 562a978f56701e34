// The Build dialog's fields: context folder, Dockerfile, tags, build arguments, target, options.
import { AddRowButton, RemoveRowButton } from '@renderer/components/RowControls';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuildFormErrors, BuildFormState } from './build-form';
import { ContextField, type ContextFieldProps } from './ContextField';

interface BuildFormProps {
  form: BuildFormState;
  errors: BuildFormErrors;
  disabled: boolean;
  onChange: (form: BuildFormState) => void;
  /** The folder or Dockerfile field lost focus: check them on the server. */
  onCheckContext: () => void;
  /** The uploaded folder (web mode) and the pickers. */
  context: Pick<ContextFieldProps, 'folder' | 'reading' | 'onPick' | 'onFolderFiles' | 'onClearFolder'>;
}

function FieldError({ id, message }: { id: string; message: string | null }) {
  return message ? (
    <p id={id} className="field-error">
      {message}
    </p>
  ) : null;
}

export function BuildForm({ form, errors, disabled, onChange, onCheckContext, context }: BuildFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = (patch: Partial<BuildFormState>) => onChange({ ...form, ...patch });
  return (
    <fieldset className="build-form" disabled={disabled}>
      <ContextField
        id={id}
        value={form.context}
        error={errors.context}
        onChange={(context) => set({ context })}
        onBlur={onCheckContext}
        {...context}
      />

      <div className="build-grid">
        <div className="field">
          <label htmlFor={`${id}-dockerfile`}>{t('imageBuild.dockerfile')}</label>
          <input
            id={`${id}-dockerfile`}
            className="mono"
            value={form.dockerfile}
            aria-invalid={errors.dockerfile ? true : undefined}
            aria-describedby={`${id}-dockerfile-help ${id}-dockerfile-error`}
            spellCheck={false}
            onChange={(event) => set({ dockerfile: event.target.value })}
            onBlur={onCheckContext}
          />
          <p id={`${id}-dockerfile-help`} className="help">
            {t('imageBuild.dockerfileHelp')}
          </p>
          <FieldError id={`${id}-dockerfile-error`} message={errors.dockerfile} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-target`}>{t('imageBuild.target')}</label>
          <input
            id={`${id}-target`}
            className="mono"
            value={form.target}
            placeholder={t('imageBuild.targetPlaceholder')}
            aria-invalid={errors.target ? true : undefined}
            aria-describedby={`${id}-target-error`}
            spellCheck={false}
            onChange={(event) => set({ target: event.target.value })}
          />
          <FieldError id={`${id}-target-error`} message={errors.target} />
        </div>
      </div>

      <div className="field" role="group" aria-labelledby={`${id}-tags`}>
        <span id={`${id}-tags`} className="label">
          {t('imageBuild.tags')}
        </span>
        {form.tags.map((tag, index) => (
          <div key={index} className="build-row">
            <div className="build-row-fields">
              <input
                className="mono"
                aria-label={t('imageBuild.tag', { n: index + 1 })}
                value={tag}
                placeholder={t('imageBuild.tagPlaceholder')}
                aria-invalid={errors.tags[index] ? true : undefined}
                aria-describedby={`${id}-tag-${index}-error`}
                spellCheck={false}
                onChange={(event) =>
                  set({ tags: form.tags.map((value, i) => (i === index ? event.target.value : value)) })
                }
              />
              <FieldError id={`${id}-tag-${index}-error`} message={errors.tags[index] ?? null} />
            </div>
            <RemoveRowButton
              label={t('imageBuild.removeTag', { n: index + 1 })}
              onClick={() => set({ tags: form.tags.filter((_, i) => i !== index) })}
            />
          </div>
        ))}
        <AddRowButton label={t('imageBuild.addTag')} onClick={() => set({ tags: [...form.tags, ''] })} />
      </div>

      <div className="field" role="group" aria-labelledby={`${id}-args`}>
        <span id={`${id}-args`} className="label">
          {t('imageBuild.buildArgs')}
        </span>
        {form.args.map((arg, index) => (
          <div key={index} className="build-row">
            <div className="build-row-fields build-arg">
              <input
                className="mono"
                aria-label={t('imageBuild.argKey', { n: index + 1 })}
                value={arg.key}
                placeholder="KEY"
                aria-invalid={errors.args[index] ? true : undefined}
                aria-describedby={`${id}-arg-${index}-error`}
                spellCheck={false}
                onChange={(event) =>
                  set({
                    args: form.args.map((a, i) => (i === index ? { ...a, key: event.target.value } : a)),
                  })
                }
              />
              <span aria-hidden="true">=</span>
              <input
                className="mono"
                aria-label={t('imageBuild.argValue', { n: index + 1 })}
                value={arg.value}
                placeholder="value"
                spellCheck={false}
                onChange={(event) =>
                  set({
                    args: form.args.map((a, i) => (i === index ? { ...a, value: event.target.value } : a)),
                  })
                }
              />
            </div>
            <RemoveRowButton
              label={t('imageBuild.removeArg', { n: index + 1 })}
              onClick={() => set({ args: form.args.filter((_, i) => i !== index) })}
            />
            <FieldError id={`${id}-arg-${index}-error`} message={errors.args[index] ?? null} />
          </div>
        ))}
        <AddRowButton
          label={t('imageBuild.addArg')}
          onClick={() => set({ args: [...form.args, { key: '', value: '' }] })}
        />
      </div>

      <div className="build-options">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={form.pull}
            onChange={(event) => set({ pull: event.target.checked })}
          />
          {t('imageBuild.pull')}
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={form.noCache}
            onChange={(event) => set({ noCache: event.target.checked })}
          />
          {t('imageBuild.noCache')}
        </label>
      </div>
    </fieldset>
  );
}
