// The Run form's advanced options: entrypoint, working directory, user, --rm, restart policy,
// -i/-t, network (from the engine's list, or typed), labels, CPU and memory limits.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { restartPolicies, type RestartPolicy } from '@shared/api/run-spec';
import { useTRPC } from '@renderer/api/trpc';
import { CheckField, FieldError, TextField } from './Fields';
import type { RunForm } from './form';
import { KeyValueSection } from './RowSections';

const POLICY_LABEL: Record<RestartPolicy, string> = {
  no: 'runDialog.restartNo',
  'on-failure': 'runDialog.restartOnFailure',
  always: 'runDialog.restartAlways',
  'unless-stopped': 'runDialog.restartUnlessStopped',
};

type TextKey = 'entrypoint' | 'workdir' | 'user' | 'network' | 'maxRetries' | 'cpus' | 'memory';

interface AdvancedProps {
  form: RunForm;
  errors: Record<string, string>;
  set: <K extends keyof RunForm>(key: K, value: RunForm[K]) => void;
  open: boolean;
  onToggle: (open: boolean) => void;
}

export function AdvancedSection({ form, errors, set, open, onToggle }: AdvancedProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const networks = useQuery({ ...trpc.containers.networkChoices.queryOptions(), staleTime: 30_000 });
  // A text field's value, error and change, all from its key in the form.
  const bind = (key: TextKey) => ({
    value: form[key],
    error: errors[key],
    onChange: (value: string) => set(key, value),
  });
  return (
    <details className="run-advanced" open={open} onToggle={(e) => onToggle(e.currentTarget.open)}>
      <summary>{t('runDialog.advanced')}</summary>
      <div className="run-grid">
        <TextField id="run-entrypoint" label={t('runDialog.entrypoint')} mono {...bind('entrypoint')} />
        <TextField
          id="run-workdir"
          label={t('runDialog.workdir')}
          mono
          placeholder="/app"
          {...bind('workdir')}
        />
        <TextField
          id="run-user"
          label={t('runDialog.user')}
          placeholder={t('runDialog.userPlaceholder')}
          {...bind('user')}
        />
        <TextField
          id="run-network"
          label={t('runDialog.network')}
          placeholder={t('runDialog.networkPlaceholder')}
          list="run-network-choices"
          {...bind('network')}
        >
          <datalist id="run-network-choices">
            {(networks.data ?? []).map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </TextField>
        <div className="field">
          <label htmlFor="run-restart">{t('runDialog.restart')}</label>
          <select
            id="run-restart"
            value={form.restart}
            aria-invalid={errors.restart ? true : undefined}
            aria-describedby={errors.restart ? 'run-restart-error' : undefined}
            onChange={(e) => set('restart', e.target.value as RestartPolicy)}
          >
            {restartPolicies.map((policy) => (
              <option key={policy} value={policy}>
                {t(POLICY_LABEL[policy])}
              </option>
            ))}
          </select>
          <FieldError id="run-restart-error" code={errors.restart} />
        </div>
        {form.restart === 'on-failure' ? (
          <TextField id="run-max-retries" label={t('runDialog.maxRetries')} {...bind('maxRetries')} />
        ) : (
          <div />
        )}
        <TextField
          id="run-cpus"
          label={t('runDialog.cpus')}
          placeholder={t('runDialog.cpusPlaceholder')}
          {...bind('cpus')}
        />
        <TextField
          id="run-memory"
          label={t('runDialog.memory')}
          placeholder={t('runDialog.memoryPlaceholder')}
          {...bind('memory')}
        />
      </div>
      <div className="run-checks">
        <CheckField
          label={t('runDialog.autoRemove')}
          checked={form.autoRemove}
          onChange={(v) => set('autoRemove', v)}
        />
      </div>
      <KeyValueSection kind="labels" rows={form.labels} errors={errors} onChange={(v) => set('labels', v)} />
    </details>
  );
}
