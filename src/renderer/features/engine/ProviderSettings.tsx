// Which provider runs Berth's engine (automatic, or one that can run here), how the native one
// finds its engine, and whether quitting Berth stops it (ask, stop or keep). Saved in Settings.
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  nativeModes,
  quitEngineChoices,
  type NativeMode,
  type ProviderId,
  type QuitEngineChoice,
} from '@shared/api';
import { useTRPC } from '@renderer/api/trpc';
import { useSettingsUpdate } from '../settings/use-settings-update';

export function ProviderSettings() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const providerId = useId();
  const modeId = useId();
  const quitId = useId();
  const settings = useQuery(trpc.settings.get.queryOptions());
  const choices = useQuery({ ...trpc.providers.choices.queryOptions(), staleTime: 10_000 });
  const update = useSettingsUpdate();
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
      <div className="form-row">
        <label htmlFor={quitId}>{t('provider.stopOnQuit')}</label>
        <select
          id={quitId}
          value={current.quitEngine}
          disabled={update.isPending}
          onChange={(event) => update.mutate({ quitEngine: event.target.value as QuitEngineChoice })}
        >
          {quitEngineChoices.map((choice) => (
            <option key={choice} value={choice}>
              {t(`provider.quitChoices.${choice}`)}
            </option>
          ))}
        </select>
      </div>
      {update.error ? (
        <p className="inline-error" role="alert">
          {update.error.message}
        </p>
      ) : null}
    </div>
  );
}
