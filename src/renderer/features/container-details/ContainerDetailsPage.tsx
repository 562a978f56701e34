// One page per container: a header (name, image, state, back link) and real tabs that are also
// links (#/containers/:id/logs), so a tab survives a reload.
import { useTranslation } from 'react-i18next';
import type { ContainerDetails } from '@shared/api/container-details';
import { useParams } from 'react-router';
import { DetailsPage } from '@renderer/components/DetailsPage';
import { RoutedTabs } from '@renderer/components/RoutedTabs';
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
  const ref = params.id ?? '';
  const sub = (params['*'] ?? '').split('/')[0] || 'overview';
  const active: Tab = (tabs as readonly string[]).includes(sub) ? (sub as Tab) : 'overview';
  const { entry, removed, details } = useContainer(ref);

  const id = entry?.id ?? details.data?.id ?? ref;
  const name = entry?.name ?? details.data?.name ?? ref;
  const href = (tab: Tab) => `/containers/${encodeURIComponent(ref)}/${tab}`;

  return (
    <DetailsPage
      back={{ to: '/containers', text: t('details.back'), label: t('details.backLabel') }}
      title={name}
      subtitle={
        entry || details.data ? (
          <>
            <span className="mono">{entry?.image ?? details.data?.image}</span>
            <span className="muted mono">{id.slice(0, 12)}</span>
          </>
        ) : null
      }
      beside={
        <>
          {entry ? <StateBadge container={entry} /> : null}
          {entry && !removed ? <DetailsActions container={entry} /> : null}
        </>
      }
    >
      {removed ? (
        <p className="inline-error details-gone" role="alert">
          {t('details.removed')}
        </p>
      ) : details.error && !details.data ? (
        <p className="inline-error details-gone" role="alert">
          {t('details.loadError', { message: details.error.message })}
        </p>
      ) : null}

      <RoutedTabs
        tabs={tabs}
        active={active}
        href={href}
        idPrefix="details"
        label={t('details.tabsLabel')}
        tabLabel={(tab) => t(`details.tabs.${tab}`)}
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
      </RoutedTabs>
    </DetailsPage>
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
