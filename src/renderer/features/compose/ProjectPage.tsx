// One compose project: its aggregate state, actions on the whole project (engine API, and the
// compose tool where its files are known), and tabs for its services and its merged logs.
import { ArrowLeft } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyCard } from '../../components/EmptyCard';
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
    <section className="page details-page" aria-labelledby="project-heading">
      <div className="details-header">
        <Link to="/compose" className="back-link" aria-label={t('compose.backLabel')}>
          <ArrowLeft size={16} aria-hidden="true" />
          {t('compose.back')}
        </Link>
        <div className="details-title">
          <h1 id="project-heading">{name}</h1>
          {project ? (
            <ComposeStateBadge state={project.state} running={project.running} total={project.total} />
          ) : null}
          {project ? (
            <ProjectActions
              project={project.name}
              state={project.state}
              containers={project.services.flatMap((s) => s.containers)}
            />
          ) : null}
        </div>
        {project ? (
          <p className="details-subtitle">
            <span className="mono">{project.configFiles.join(', ') || t('compose.noFiles')}</span>
          </p>
        ) : null}
      </div>
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
          <div className="details-tabs" role="tablist" aria-label={t('compose.tabsLabel')}>
            {tabs.map((tab) => (
              <Link
                key={tab}
                to={href(tab)}
                role="tab"
                id={`compose-tab-${tab}`}
                aria-selected={tab === active}
                aria-controls="compose-panel"
                className="details-tab"
              >
                {t(`compose.tabs.${tab}`)}
              </Link>
            ))}
          </div>
          <div
            className="details-panel"
            role="tabpanel"
            id="compose-panel"
            aria-labelledby={`compose-tab-${active}`}
          >
            {active === 'services' ? (
              <ServicesTable project={project} />
            ) : (
              <ProjectLogs key={project.name} project={project} />
            )}
          </div>
        </>
      )}
    </section>
  );
}
