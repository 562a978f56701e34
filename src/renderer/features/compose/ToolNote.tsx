// Which compose tool Berth drives, or, without one, how to install one (the engine-API actions
// work either way). Shown on the Apps page and the Engine page.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '@renderer/api/trpc';

export function ToolNote({ detailed }: { detailed?: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tool = useQuery({ ...trpc.compose.tool.queryOptions({ refresh: false }), staleTime: Infinity });
  if (!tool.data) return null;
  if (tool.data.kind === null)
    return (
      <div className={detailed ? 'compose-tool-note' : 'card compose-tool-note'} role="note">
        <p>
          <strong>{t('compose.tool.none')}</strong>
        </p>
        <p className="muted">{t('compose.tool.install')}</p>
        <code className="command">apt install docker-compose</code>
      </div>
    );
  if (!detailed) return null;
  return (
    <dl className="facts">
      <div className="fact">
        <dt>{t('compose.tool.label')}</dt>
        <dd>{t(`compose.tool.kind.${tool.data.kind}`, { version: tool.data.version })}</dd>
      </div>
      <div className="fact">
        <dt>{t('compose.tool.where')}</dt>
        <dd className="mono">{tool.data.path}</dd>
      </div>
    </dl>
  );
}

/** The Engine page's card: which compose tool Berth drives, and where. */
export function ComposeToolCard() {
  const { t } = useTranslation();
  return (
    <div className="card" role="region" aria-labelledby="compose-tool-heading">
      <h2 id="compose-tool-heading">{t('compose.tool.label')}</h2>
      <ToolNote detailed />
    </div>
  );
}
