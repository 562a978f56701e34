// The provider's logs: the last lines, then (when following) new ones as they come. The view keeps
// a bounded number of lines, so a chatty engine never grows the page without limit.
import { useQuery } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProviderLogKind } from '@shared/api';
import { useTRPC } from '@renderer/api/trpc';

const MAX_LINES = 1000;
const TAIL = 300;

export function ProviderLogs() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const kindId = useId();
  const [kind, setKind] = useState<ProviderLogKind>('engine');
  const [follow, setFollow] = useState(true);
  // Followed lines, for the kind they came from (switching kinds starts over).
  const [followed, setFollowed] = useState<{ kind: ProviderLogKind; lines: string[] }>({ kind, lines: [] });
  const tail = useQuery({ ...trpc.providers.logs.queryOptions({ kind, tail: TAIL }), staleTime: 0 });

  useSubscription(
    trpc.providers.followLogs.subscriptionOptions(
      { kind },
      {
        enabled: follow && tail.isSuccess,
        onData: (next) =>
          setFollowed((old) => ({
            kind,
            lines: [...(old.kind === kind ? old.lines : []), ...next].slice(-MAX_LINES),
          })),
      },
    ),
  );
  const lines = [...(tail.data ?? []), ...(followed.kind === kind ? followed.lines : [])].slice(-MAX_LINES);

  return (
    <div className="card">
      <h2>{t('provider.logsHeading')}</h2>
      <div className="toolbar">
        <label htmlFor={kindId}>{t('provider.logKind')}</label>
        <select id={kindId} value={kind} onChange={(event) => setKind(event.target.value as ProviderLogKind)}>
          <option value="engine">{t('provider.logKinds.engine')}</option>
          <option value="console">{t('provider.logKinds.console')}</option>
        </select>
        <label>
          <input type="checkbox" checked={follow} onChange={(event) => setFollow(event.target.checked)} />{' '}
          {t('provider.follow')}
        </label>
      </div>
      {tail.error ? (
        <p className="inline-error" role="alert">
          {tail.error.message}
        </p>
      ) : null}
      <pre className="provider-log" role="log" aria-label={t(`provider.logKinds.${kind}`)} tabIndex={0}>
        {lines.length ? lines.join('\n') : t('provider.noLogs')}
      </pre>
    </div>
  );
}
