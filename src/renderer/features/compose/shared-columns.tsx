// The two last columns the Apps list and a project's services table share: published ports as
// links, and the row's Start / Stop / Restart / Remove buttons reporting to the list's outcome line.
import type { TFunction } from 'i18next';
import type { PublishedPort } from '@shared/api';
import type { Column } from '@renderer/components/VirtualTable';
import { PortLinks } from '../containers/PortLinks';
import { ProjectActions, type ProjectActionsProps } from './ProjectActions';
import type { ActionOutcome } from './use-compose';

type Target = Omit<ProjectActionsProps, 'compact' | 'onOutcome'>;

export function portsAndActionsColumns<Row>(
  t: TFunction,
  options: {
    portsWidth: string;
    ports: (row: Row) => PublishedPort[];
    target: (row: Row) => Target;
    onOutcome: (outcome: ActionOutcome) => void;
  },
): Column<Row>[] {
  return [
    {
      id: 'ports',
      header: t('compose.columns.ports'),
      width: options.portsWidth,
      cell: (row) => <PortLinks ports={options.ports(row)} />,
    },
    {
      id: 'actions',
      header: t('compose.columns.actions'),
      width: '190px',
      cell: (row) => <ProjectActions compact onOutcome={options.onOutcome} {...options.target(row)} />,
    },
  ];
}
