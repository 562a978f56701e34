// One page per container: a header (name, image, state, back link) and real tabs that are also
// links (#/containers/:id/logs), so a tab survives a reload.
import { ArrowLeft } from 'lucide-react';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerDetails } from '../../../shared/api/container-details';
import { Link, useNavigate, useParams } from 'react-router';
import { StateBadge } from '../containers/StateBadge';
import { AttachTab } from './tabs/AttachTab';
import { CommitTab } from './tabs/CommitTab';
import { ExecTab } from './tabs/ExecTab';
import { FilesTab } from './tabs/FilesTab';
import { InspectTab } from './tabs/InspectTab';
import { LogsTab } from './tabs/LogsTab';
import { OverviewTab } from './tabs/OverviewTab';
import { StatsTab } from './tabs/StatsTab';
import { TopTab } from './tabs/TopTab';
import { useContainer } from './use-container';
import './details.css';
import { DetailsActions } from './DetailsActions';

const tabs = ['overview', 'logs', 'exec', 'attach', 'stats', 'files', 'top', 'inspect', 'commit'] as const;
type Tab = (typeof tabs)[number];

export function ContainerDetailsPage() {
  const { t } = useTranslation();
  const params = useParams();
  const navigate = useNavigate();
  const ref = params.id ?? '';
  const sub = (params['*'] ?? '').split('/')[0] || 'overview';
  const active: Tab = (tabs as readonly string[]).includes(sub) ? (sub as Tab) : 'overview';
  const { entry, removed, details } = useContainer(ref);
  const tabRefs = useRef<Record<string, HTMLAnchorElement | null>>({});

  const id = entry?.id ?? details.data?.id ?? ref;
  const name = entry?.name ?? details.data?.name ?? ref;
  const href = (tab: Tab) => `/containers/${encodeURIComponent(ref)}/${tab}`;

  // Arrow keys move between tabs, as in any tab list.
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const jump = event.key === 'Home' ? 0 : event.key === 'End' ? tabs.length - 1 : null;
    if (!step && jump === null) return;
    event.preventDefault();
    const index = jump ?? (tabs.indexOf(active) + step + tabs.length) % tabs.length;
    const next = tabs[index]!;
    void navigate(href(next));
    tabRefs.current[next]?.focus();
  };

  return (
    <section className="page details-page" aria-labelledby="details-heading">
      <div className="details-header">
        <Link to="/containers" className="back-link" aria-label={t('details.backLabel')}>
          <ArrowLeft size={16} aria-hidden="true" />
          {t('details.back')}
        </Link>
        <div className="details-title">
          <h1 id="details-heading">{name}</h1>
          {entry ? <StateBadge container={entry} /> : null}
          {entry && !removed ? <DetailsActions container={entry} /> : null}
        </div>
        {entry || details.data ? (
          <p className="details-subtitle">
            <span className="mono">{entry?.image ?? details.data?.image}</span>
            <span className="muted mono">{id.slice(0, 12)}</span>
          </p>
        ) : null}
      </div>

      {removed ? (
        <p className="inline-error details-gone" role="alert">
          {t('details.removed')}
        </p>
      ) : details.error && !details.data ? (
        <p className="inline-error details-gone" role="alert">
          {t('details.loadError', { message: details.error.message })}
        </p>
      ) : null}

      <div className="details-tabs" role="tablist" aria-label={t('details.tabsLabel')} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <Link
            key={tab}
            ref={(node) => {
              tabRefs.current[tab] = node;
            }}
            to={href(tab)}
            role="tab"
            id={`details-tab-${tab}`}
            aria-selected={tab === active}
            aria-controls="details-panel"
            tabIndex={tab === active ? 0 : -1}
            className="details-tab"
          >
            {t(`details.tabs.${tab}`)}
          </Link>
        ))}
      </div>

      <div
        className="details-panel"
        role="tabpanel"
        id="details-panel"
        aria-labelledby={`details-tab-${active}`}
      >
        {removed && active !== 'overview' && active !== 'inspect' ? null : (
          <TabContent
            tab={active}
            id={id}
            name={name}
            running={entry?.state === 'running'}
            details={details.data}
          />
        )}
      </div>
    </section>
  );
}

interface TabContentProps {
  tab: Tab;
  id: string;
  name: string;
  running: boolean;
  details: ContainerDetails | undefined;
}

function TabContent({ tab, id, name, running, details }: TabContentProps) {
  switch (tab) {
    case 'overview':
      return <OverviewTab details={details} />;
    case 'logs':
      return <LogsTab key={id} containerId={id} name={name} running={running} />;
    case 'exec':
      return <ExecTab key={id} containerId={id} name={name} running={running} />;
    case 'attach':
      return <AttachTab key={id} containerId={id} name={name} running={running} details={details} />;
    case 'stats':
      return <StatsTab containerId={id} />;
    case 'files':
      return <FilesTab containerId={id} />;
    case 'top':
      return <TopTab containerId={id} name={name} running={running} />;
    case 'inspect':
      return <InspectTab details={details} name={name} />;
    case 'commit':
      return <CommitTab containerId={id} />;
  }
}
