// The header's engine indicator: which engine (endpoint, version) and whether it is up.
import { useTranslation } from 'react-i18next';
import { useEngineStatus } from '../api/hooks';

export function EngineBadge() {
  const { t } = useTranslation();
  const { data: status } = useEngineStatus();
  const state = status?.state ?? 'connecting';
  const label = t(`engine.${state}`);
  return (
    <div className="engine-badge" role="status" aria-label={label}>
      <span className={`dot dot-${state}`} aria-hidden="true" />
      <span className="engine-state">{label}</span>
      {state !== 'connected' && status?.reason && !status.endpoint ? (
        <span className="engine-detail">{status.reason}</span>
      ) : null}
      {status?.endpoint ? (
        <span className="engine-endpoint" title={status.endpoint.reason}>
          {status.endpoint.host}
        </span>
      ) : null}
      {status?.version ? <span className="engine-version">Docker {status.version.engine}</span> : null}
    </div>
  );
}
