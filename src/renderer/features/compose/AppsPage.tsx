// The Apps page: one row per compose project found in the live containers' labels, with its
// services and their states, an aggregate state, and actions on the whole project.
import { FileUp } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ComposeProject } from '@shared/api/compose';
import { usePersistedState } from '@renderer/components/persisted-state';
import { SearchField } from '@renderer/components/SearchField';
import { sortRows } from '@renderer/components/sort';
import { VirtualTable, type Column, type SortState } from '@renderer/components/VirtualTable';
import { ComposeStateBadge } from './ComposeStateBadge';
import { OutcomeLine } from './ProjectActions';
import { portsAndActionsColumns } from './shared-columns';
import { ToolNote } from './ToolNote';
import { UpDialog } from './UpDialog';
import { useComposeProjects, type ActionOutcome } from './use-compose';
import './compose.css';
import { IconTextButton } from '@renderer/components/IconTextButton';

function sortKey(project: ComposeProject, column: string): string | number {
  if (column === 'state') return project.running / Math.max(1, project.total);
  if (column === 'services') return project.services.length;
  return project.name;
}

export function AppsPage() {
  const { t } = useTranslation();
  const { projects, isLoading } = useComposeProjects();
  const [query, setQuery] = usePersistedState('compose.query', '');
  const [sort, setSort] = usePersistedState<SortState>('compose.sort', { column: 'name', direction: 'asc' });
  const [opening, setOpening] = useState(false);
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    const visible = projects.filter(
      (p) => !q || p.name.includes(q) || p.services.some((s) => s.name.toLowerCase().includes(q)),
    );
    return sortRows(visible, sort, sortKey);
  }, [projects, query, sort]);

  const columns: Column<ComposeProject>[] = [
    {
      id: 'name',
      header: t('compose.columns.name'),
      width: 'minmax(180px, 2fr)',
      sortable: true,
      cell: (project) => (
        <span className="name-cell">
          <Link className="primary" to={`/compose/${encodeURIComponent(project.name)}`}>
            {project.name}
          </Link>
          <span
            className={`secondary truncate${project.workingDir ? ' mono' : ''}`}
            title={project.workingDir ?? ''}
          >
            {project.workingDir ?? t('compose.noWorkingDir')}
          </span>
        </span>
      ),
    },
    {
      id: 'state',
      header: t('compose.columns.state'),
      width: 'minmax(150px, 1fr)',
      sortable: true,
      cell: (project) => (
        <ComposeStateBadge state={project.state} running={project.running} total={project.total} />
      ),
    },
    {
      id: 'services',
      header: t('compose.columns.services'),
      width: 'minmax(200px, 2fr)',
      sortable: true,
      cell: (project) => (
        <ul className="service-chips" aria-label={t('compose.servicesOf', { name: project.name })}>
          {project.services.map((service) => (
            <li key={service.name} className={`service-chip compose-state-${service.state}`}>
              <span className="dot" aria-hidden="true" />
              {service.name}
              <span className="visually-hidden">
                {' '}
                {t(`compose.state.${service.state}`, {
                  running: service.running,
                  total: service.containers.length,
                })}
              </span>
            </li>
          ))}
        </ul>
      ),
    },
    ...portsAndActionsColumns<ComposeProject>(t, {
      portsWidth: 'minmax(120px, 1fr)',
      ports: (project) => project.services.flatMap((s) => s.ports),
      target: (project) => ({
        project: project.name,
        state: project.state,
        containers: project.services.flatMap((s) => s.containers),
      }),
      onOutcome: setOutcome,
    }),
  ];

  return (
    <section className="page" aria-labelledby="compose-heading">
      <div className="page-header">
        <h1 id="compose-heading">{t('compose.heading')}</h1>
        <p className="page-summary">{t('compose.total', { count: projects.length })}</p>
      </div>
      <div className="toolbar">
        <SearchField
          label={t('common.search')}
          placeholder={t('compose.searchPlaceholder')}
          value={query}
          onChange={setQuery}
        />
        <IconTextButton
          icon={FileUp}
          iconSize={16}
          className="primary-button"
          onClick={() => setOpening(true)}
        >
          {t('compose.open')}
        </IconTextButton>
      </div>
      <ToolNote />
      <OutcomeLine outcome={outcome} />
      <VirtualTable
        label={t('compose.heading')}
        rows={rows}
        columns={columns}
        rowKey={(project) => project.name}
        rowLabel={(project) => project.name}
        rowHeight={56}
        sort={sort}
        onSortChange={setSort}
        empty={isLoading ? t('common.loading') : query ? t('compose.noMatch', { query }) : t('compose.empty')}
      />
      {opening ? <UpDialog onClose={() => setOpening(false)} /> : null}
    </section>
  );
}
