// Which provider runs Berth's engine and why, its state and start progress, its resources, and
// Start / Stop / Restart / Factory reset. Errors are shown next to the buttons, in words.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProviderStateView } from '@shared/api';
import { useTRPC } from '@renderer/api/trpc';
import { ResetDialog } from './ResetDialog';
import { StartSteps } from './StartSteps';

export function ProviderCard({ view }: { view: ProviderStateView }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [resetting, setResetting] = useState(false);
  const start = useMutation(trpc.providers.start.mutationOptions());
  const stop = useMutation(trpc.providers.stop.mutationOptions());
  const restart = useMutation(trpc.providers.restart.mutationOptions());
  const status = view.status;
  const busy = start.isPending || stop.isPending || restart.isPending;
  const state = status?.state ?? 'stopped';
  const error = start.error ?? stop.error ?? restart.error;

  return (
    <div className="card provider-card" aria-labelledby="provider-heading">
      <h2 id="provider-heading">{t('provider.heading')}</h2>
      {view.needsVm ? <p className="provider-why-vm">{t('provider.vmWhy')}</p> : null}
      {!view.selected ? (
        <p>{t('provider.none')}</p>
      ) : (
        <>
          {!view.engaged && view.userEngine ? (
            <p className="provider-note">{t('provider.notEngaged', { why: view.userEngine })}</p>
          ) : null}
          <dl className="facts">
            <div className="fact">
              <dt>{t('provider.runBy')}</dt>
              <dd>
                {t(`provider.names.${view.selected}`)}
                {status?.state === 'running'
                  ? ` · ${view.owned ? t('provider.ownEngine') : t('provider.hostEngine')}`
                  : ''}
              </dd>
            </div>
            <div className="fact">
              <dt>{t('provider.why')}</dt>
              <dd>{view.why}</dd>
            </div>
            <div className="fact">
              <dt>{t('provider.resources')}</dt>
              <dd>
                {status?.resources
                  ? `${t('provider.cpus')} ${status.resources.cpus} · ${t('provider.memory')} ${status.resources.memoryMiB} MiB · ${t('provider.disk')} ${status.resources.diskGiB} GiB`
                  : t('provider.resourcesHost')}
              </dd>
            </div>
          </dl>
          <p className={`provider-state state-${state}`} role="status" aria-label={t('provider.heading')}>
            <span
              className={`dot dot-${state === 'running' ? 'connected' : state === 'error' ? 'disconnected' : 'connecting'}`}
              aria-hidden="true"
            />
            {t(`provider.states.${state}`)}
            {status?.detail ? ` · ${status.detail}` : ''}
          </p>
          {status && (status.state === 'starting' || status.state === 'running') ? (
            <StartSteps status={status} />
          ) : null}
          {status?.reason ? (
            <p
              className={status.state === 'error' ? 'inline-error' : 'provider-note'}
              role={status.state === 'error' ? 'alert' : undefined}
            >
              {status.reason}
            </p>
          ) : null}
          <div className="toolbar">
            <button
              type="button"
              className="primary-button"
              disabled={busy || (state !== 'stopped' && state !== 'error')}
              onClick={() => start.mutate({})}
            >
              {t('provider.start')}
            </button>
            <button
              type="button"
              className="secondary-button"
              disabled={busy || state !== 'running'}
              onClick={() => stop.mutate()}
            >
              {t('provider.stop')}
            </button>
            <button
              type="button"
              className="secondary-button"
              disabled={busy || state !== 'running'}
              onClick={() => restart.mutate()}
            >
              {t('provider.restart')}
            </button>
            <button
              type="button"
              className="danger-button"
              disabled={
                busy || state === 'starting' || state === 'stopping' || (state === 'running' && !view.owned)
              }
              onClick={() => setResetting(true)}
            >
              {t('provider.reset')}
            </button>
          </div>
          {error ? (
            <p className="inline-error" role="alert">
              {error.message}
            </p>
          ) : null}
        </>
      )}
      {resetting ? <ResetDialog onClose={() => setResetting(false)} /> : null}
    </div>
  );
}
