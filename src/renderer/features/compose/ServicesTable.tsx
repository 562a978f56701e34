// A project's services: state, their containers (links to each container's page), image,
// published ports as links, and per-service actions.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ComposeProject, ComposeService } from '@shared/api/compose';
import { VirtualTable, type Column } from '@renderer/components/VirtualTable';
import { ComposeStateBadge } from './ComposeStateBadge';
import { OutcomeLine } from './ProjectActions';
import { portsAndActionsColumns } from './shared-columns';
import type { ActionOutcome } from './use-compose';

export function ServicesTable({ project }: { project: ComposeProject }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  const columns: Column<ComposeService>[] = [
    {
      id: 'name',
      header: t('compose.columns.service'),
      width: 'minmax(120px, 1fr)',
      cell: (service) => <span className="primary">{service.name}</span>,
    },
    {
      id: 'state',
      header: t('compose.columns.state'),
      width: 'minmax(140px, 1fr)',
      cell: (service) => (
        <ComposeStateBadge
          state={service.state}
          running={service.running}
          total={service.containers.length}
        />
      ),
    },
    {
      id: 'containers',
      header: t('compose.columns.containers'),
      width: 'minmax(180px, 2fr)',
      cell: (service) => (
        <span className="compose-containers">
          {service.containers.map((container) => (
            <Link
              key={container.id}
              to={`/containers/${encodeURIComponent(container.id)}`}
              className="mono"
              title={container.name}
              aria-label={t('compose.openContainer', { name: container.name })}
            >
              {container.name}
            </Link>
          ))}
        </span>
      ),
    },
    {
      id: 'image',
      header: t('compose.columns.image'),
      width: 'minmax(120px, 1fr)',
      cell: (service) => (
        <span className="mono truncate" title={service.image}>
          {service.image}
        </span>
      ),
    },
    ...portsAndActionsColumns<ComposeService>(t, {
      portsWidth: 'minmax(110px, 1fr)',
      ports: (service) => service.ports,
      target: (service) => ({
        project: project.name,
        service: service.name,
        state: service.state,
        containers: service.containers,
      }),
      onOutcome: setOutcome,
    }),
  ];
  return (
    <>
      <OutcomeLine outcome={outcome} />
      <VirtualTable
        label={t('compose.servicesOf', { name: project.name })}
        rows={project.services}
        columns={columns}
        rowKey={(service) => service.name}
        rowLabel={(service) => service.name}
        rowHeight={52}
        empty={t('compose.noServices')}
      />
    </>
  );
}
