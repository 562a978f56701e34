// The containers table's columns; group (compose project) rows fill only some of them.
import type { TFunction } from 'i18next';
import type { ContainerSummary } from '@shared/api';
import { timeAgo } from '@shared/format/time';
import type { Column } from '@renderer/components/VirtualTable';
import {
  ActionsCell,
  Checkbox,
  GroupActionsCell,
  GroupNameCell,
  GroupStateCell,
  NameCell,
  type RowHandlers,
} from './cells';
import { PortLinks } from './PortLinks';
import type { ListRow } from './rows';
import type { LiveStats } from './stats-cells';
import { StatsCell } from './StatsCell';
import { StateBadge } from './StateBadge';
import type { ContainerActions, LifecycleAction } from './use-container-actions';
import type { VisibleIds } from './visible-ids';

export interface ColumnContext {
  t: TFunction;
  language: string;
  now: number;
  selected: ReadonlySet<string>;
  setSelected: (ids: string[], checked: boolean) => void;
  toggleGroup: (project: string) => void;
  actions: ContainerActions;
  handlers: RowHandlers;
  actMany: (action: LifecycleAction, containers: ContainerSummary[]) => void;
  stats: ReadonlyMap<string, LiveStats>;
  visible: VisibleIds;
}

export function containerColumns(x: ColumnContext): Column<ListRow>[] {
  const { t } = x;
  return [
    {
      id: 'select',
      header: t('containers.columns.select'),
      width: '28px',
      cell: (row) => {
        if (row.kind === 'group') {
          const ids = row.members.map((c) => c.id);
          const count = ids.filter((id) => x.selected.has(id)).length;
          return (
            <Checkbox
              label={t('lifecycle.group.select', { project: row.project })}
              checked={count === ids.length}
              indeterminate={count > 0 && count < ids.length}
              onChange={(checked) => x.setSelected(ids, checked)}
            />
          );
        }
        const c = row.container;
        return (
          <Checkbox
            label={t('lifecycle.select', { name: c.name })}
            checked={x.selected.has(c.id)}
            onChange={(checked) => x.setSelected([c.id], checked)}
          />
        );
      },
    },
    {
      id: 'name',
      header: t('containers.columns.name'),
      width: 'minmax(160px, 2fr)',
      sortable: true,
      cell: (row) =>
        row.kind === 'group' ? (
          <GroupNameCell group={row} onToggle={() => x.toggleGroup(row.project)} />
        ) : (
          <NameCell
            container={row.container}
            grouped={row.grouped}
            feedback={x.actions.feedback.get(row.id)}
            onDismiss={() => x.actions.dismiss(row.id)}
          />
        ),
    },
    {
      id: 'image',
      header: t('containers.columns.image'),
      width: 'minmax(120px, 1.4fr)',
      sortable: true,
      cell: (row) => (row.kind === 'group' ? null : <span className="truncate">{row.container.image}</span>),
    },
    {
      id: 'state',
      header: t('containers.columns.state'),
      width: 'minmax(110px, 1.1fr)',
      sortable: true,
      cell: (row) =>
        row.kind === 'group' ? <GroupStateCell group={row} /> : <StateBadge container={row.container} />,
    },
    {
      id: 'ports',
      header: t('containers.columns.ports'),
      width: 'minmax(104px, 1.1fr)',
      sortable: true,
      cell: (row) => (row.kind === 'group' ? null : <PortLinks ports={row.container.ports} />),
    },
    ...(['cpu', 'memory'] as const).map((kind): Column<ListRow> => ({
      id: kind,
      header: t(`containers.columns.${kind}`),
      width: kind === 'cpu' ? '76px' : '84px',
      sortable: true,
      align: 'end',
      cell: (row) =>
        row.kind === 'group' ? null : (
          <StatsCell container={row.container} kind={kind} stats={x.stats} visible={x.visible} />
        ),
    })),
    {
      id: 'created',
      header: t('containers.columns.created'),
      width: 'minmax(120px, 1fr)',
      sortable: true,
      cell: (row) =>
        row.kind === 'group' ? null : (
          <span className="muted">{timeAgo(row.container.created, x.now, x.language)}</span>
        ),
    },
    {
      id: 'actions',
      header: t('containers.columns.actions'),
      width: '96px',
      align: 'end',
      cell: (row) =>
        row.kind === 'group' ? (
          <GroupActionsCell group={row} act={x.actMany} />
        ) : (
          <ActionsCell
            container={row.container}
            handlers={x.handlers}
            busy={x.actions.feedback.get(row.id)?.state === 'pending'}
          />
        ),
    },
  ];
}
