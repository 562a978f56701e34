// One compose project: its aggregate state, actions on the whole project (engine API, and the
// compose tool where its files are known), and tabs for its services and its merged logs.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailsPage } from '@renderer/components/DetailsPage';
import { EmptyCard } from '@renderer/components/EmptyCard';
import { RoutedTabs } from '@renderer/components/RoutedTabs';
import { ComposeStateBadge } from './ComposeStateBadge';
import { ProjectActions } from './ProjectActions';
import { ProjectLogs } from './ProjectLogs';
import { ServicesTable } from './ServicesTable';
import { ToolActions } from './ToolActions';
import { useComposeProjects } from './use-compose';
import '../container-details/details.css';
import './compose.css';

const tabs = ['services', 'logs'] as const;
type Tab = (typeof tabs)[number];

export function ProjectPage() {
  const { t } = useTranslation();
  const params = useParams();
  const name = params.project ?? '';
  const sub = (params['*'] ?? '').split('/')[0];
  const active: Tab = sub === 'logs' ? 'logs' : 'services';
  const { projects, isLoading } = useComposeProjects();
  const project = projects.find((p) => p.name === name);
  const href = (tab: Tab) => `/compose/${encodeURIComponent(name)}/${tab}`;

  return (
    <DetailsPage
      back={{ to: '/compose', text: t('compose.back'), label: t('compose.backLabel') }}
      title={name}
      subtitle={
        project ? (
          <span className="mono">{project.configFiles.join(', ') || t('compose.noFiles')}</span>
        ) : null
      }
      beside={
        project ? (
          <>
            <ComposeStateBadge state={project.state} running={project.running} total={project.total} />
            <ProjectActions
              project={project.name}
              state={project.state}
              containers={project.services.flatMap((s) => s.containers)}
            />
          </>
        ) : null
      }
    >
      {!project ? (
        isLoading ? (
          <p className="muted">{t('common.loading')}</p>
        ) : (
          <EmptyCard title={t('compose.notFound', { name })} help={t('compose.notFoundHelp')}>
            <Link to="/compose">{t('compose.back')}</Link>
          </EmptyCard>
        )
      ) : (
        <>
          <ToolActions project={project} />
          <RoutedTabs
            tabs={tabs}
            active={active}
            href={href}
            idPrefix="compose"
            label={t('compose.tabsLabel')}
            tabLabel={(tab) => t(`compose.tabs.${tab}`)}
          >
            {active === 'services' ? (
              <ServicesTable project={project} />
            ) : (
              <ProjectLogs key={project.name} project={project} />
            )}
          </RoutedTabs>
        </>
      )}
    </DetailsPage>
  );
}
