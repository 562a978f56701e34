// Which provider runs Berth's engine (automatic, or one that can run here), how the native one
// finds its engine, and whether quitting Berth stops it. Saved in Settings.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { nativeModes, type NativeMode, type ProviderId, type Settings } from '../../../shared/api';
import { useTRPC } from '../../api/trpc';

export function ProviderSettings() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const providerId = useId();
  const modeId = useId();
  const settings = useQuery(trpc.settings.get.queryOptions());
  const choices = useQuery({ ...trpc.providers.choices.queryOptions(), staleTime: 10_000 });
  const update = useMutation(
    trpc.settings.update.mutationOptions({
      onSuccess: (next: Settings) => queryClient.setQueryData(trpc.settings.get.queryKey(), next),
    }),
  );
  if (!settings.data) return null;
  const current = settings.data;
  const showNative =
    (current.provider ?? 'native') === 'native' && (choices.data ?? []).some((c) => c.id === 'native');

  return (
    <div className="card">
      <h2>{t('provider.choiceHeading')}</h2>
      <div className="form-row">
        <label htmlFor={providerId}>{t('provider.choiceLabel')}</label>
        <select
          id={providerId}
          value={current.provider ?? ''}
          disabled={update.isPending}
          onChange={(event) => update.mutate({ provider: (event.target.value || null) as ProviderId | null })}
        >
          <option value="">{t('provider.choiceAuto')}</option>
          {(choices.data ?? []).map((choice) => (
            <option key={choice.id} value={choice.id} disabled={!choice.usable}>
              {t(`provider.names.${choice.id}`)}
            </option>
          ))}
        </select>
      </div>
      {(choices.data ?? [])
        .filter((choice) => !choice.usable)
        .map((choice) => (
          <p key={choice.id} className="provider-note">
            {t('provider.unusable', { name: t(`provider.names.${choice.id}`), reason: choice.reason })}
          </p>
        ))}
      {showNative ? (
        <div className="form-row">
          <label htmlFor={modeId}>{t('provider.nativeModeLabel')}</label>
          <select
            id={modeId}
            value={current.nativeMode}
            disabled={update.isPending}
            onChange={(event) => update.mutate({ nativeMode: event.target.value as NativeMode })}
          >
            {nativeModes.map((mode) => (
              <option key={mode} value={mode}>
                {t(`provider.nativeModes.${mode}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <label className="form-row">
        <input
          type="checkbox"
          checked={current.stopEngineOnQuit}
          disabled={update.isPending}
          onChange={(event) => update.mutate({ stopEngineOnQuit: event.target.checked })}
        />{' '}
        {t('provider.stopOnQuit')}
      </label>
      {update.error ? (
        <p className="inline-error" role="alert">
          {update.error.message}
        </p>
      ) : null}
    </div>
  );
}
