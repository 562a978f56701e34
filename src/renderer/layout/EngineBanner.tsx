// Says plainly when the engine (or, in web mode, the Berth server) is unreachable, and that
// Berth is retrying; the page underneath keeps its last known data.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { missingToken, onServerConnection } from '../api/client';
import { useEngineStatus, useNow } from '../api/hooks';

export function EngineBanner() {
  const { t } = useTranslation();
  const { data: status } = useEngineStatus();
  const now = useNow(1000);
  const [serverUp, setServerUp] = useState(true);
  useEffect(() => onServerConnection((state) => setServerUp(state === 'open')), []);

  if (!serverUp) {
    return (
      <div className="banner banner-error" role="alert">
        <strong>{missingToken ? t('engine.noToken') : t('engine.serverGone')}</strong>
      </div>
    );
  }
  if (status?.state !== 'disconnected') return null;
  const seconds = status.nextRetryAt ? Math.ceil((status.nextRetryAt - now) / 1000) : 0;
  return (
    <div className="banner banner-error" role="alert">
      <strong>{t('engine.disconnected')}</strong>
      <span>{status.reason}</span>
      <span className="banner-aside">
        {/* No retry time: Berth's own engine is stopped or failed, and is not retried by itself. */}
        {status.nextRetryAt === null
          ? t('engine.staleData')
          : `${seconds > 0 ? t('engine.retrying', { seconds }) : t('engine.retryingNow')} · ${t('engine.staleData')}`}
      </span>
    </div>
  );
}
