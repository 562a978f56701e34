// Which engine Berth uses, why, and what it is; the provider that runs Berth's own engine.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '@shared/format/bytes';
import { useEngineStatus } from '@renderer/api/hooks';
import { useTRPC } from '@renderer/api/trpc';
import { ComposeToolCard } from '../compose/ToolNote';
import { ContextCard } from './ContextCard';
import { ProviderCard } from './ProviderCard';
import { ProviderLogs } from './ProviderLogs';
import { ProviderSettings } from './ProviderSettings';
import { useProviderState } from './use-provider';
import './provider.css';

export function EnginePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { data: status } = useEngineStatus();
  const connected = status?.state === 'connected';
  const info = useQuery({ ...trpc.engine.info.queryOptions(), enabled: connected });
  const provider = useProviderState();
  const view = provider.data;

  const facts: [string, string | undefined][] = [
    [t('engine.endpoint'), status?.endpoint?.host],
    [t('engine.source'), status?.endpoint?.reason],
    [t('engine.version'), status?.version?.engine],
    [t('engine.api'), status?.version?.api],
    [t('engine.kernel'), status?.version?.kernel],
    [t('engine.os'), info.data?.operatingSystem],
    [t('engine.cpus'), info.data ? String(info.data.cpus) : undefined],
    [t('engine.memory'), info.data ? formatBytes(info.data.memoryBytes) : undefined],
    [t('engine.storageDriver'), info.data?.storageDriver],
    [t('engine.cgroup'), info.data?.cgroupVersion],
    [t('engine.rootDir'), info.data?.dockerRootDir],
    [
      t('engine.containerCounts'),
      info.data ? t('engine.containerCountsValue', info.data.containers) : undefined,
    ],
    [t('engine.imagesCount'), info.data ? String(info.data.images) : undefined],
  ];

  return (
    <section className="page" aria-labelledby="engine-heading">
      <div className="page-header">
        <h1 id="engine-heading">{t('engine.heading')}</h1>
        <p className="page-summary">{status ? t(`engine.${status.state}`) : t('common.loading')}</p>
      </div>
      {/* While connecting (e.g. Berth's own engine is starting) the reason is progress, not an error. */}
      {status?.reason ? (
        status.state === 'disconnected' ? (
          <p className="inline-error" role="alert">
            {status.reason}
          </p>
        ) : (
          <p className="provider-note">{status.reason}</p>
        )
      ) : null}
      {view ? <ProviderCard view={view} /> : null}
      {view?.context ? <ContextCard context={view.context} /> : null}
      <div className="card">
        <h2>{t('engine.details')}</h2>
        <dl className="facts">
          {facts.map(([label, value]) => (
            <div key={label} className="fact">
              <dt>{label}</dt>
              <dd>{value ?? '—'}</dd>
            </div>
          ))}
        </dl>
      </div>
      <ComposeToolCard />
      {view?.selected ? <ProviderLogs /> : null}
      <ProviderSettings />
    </section>
  );
}
