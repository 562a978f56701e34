// The list's rows: containers, with the members of a compose project gathered under one
// collapsible project row (placed where its first member sorts). Pure, unit-tested.
import type { ContainerSummary } from '@shared/api';

export interface GroupRow {
  kind: 'group';
  id: string;
  project: string;
  members: ContainerSummary[];
  running: number;
  expanded: boolean;
}

export interface ContainerRow {
  kind: 'container';
  id: string;
  container: ContainerSummary;
  /** Inside a project group (indented). */
  grouped: boolean;
}

export type ListRow = GroupRow | ContainerRow;

export const groupRowId = (project: string) => `compose:${project}`;

/** `sorted` is already filtered and sorted; `collapsed` holds project names the user closed. */
export function buildRows(sorted: ContainerSummary[], collapsed: ReadonlySet<string>): ListRow[] {
  const members = new Map<string, ContainerSummary[]>();
  for (const container of sorted) {
    if (container.composeProject === null) continue;
    const list = members.get(container.composeProject);
    if (list) list.push(container);
    else members.set(container.composeProject, [container]);
  }
  const rows: ListRow[] = [];
  const emitted = new Set<string>();
  for (const container of sorted) {
    const project = container.composeProject;
    if (project === null) {
      rows.push({ kind: 'container', id: container.id, container, grouped: false });
      continue;
    }
    if (emitted.has(project)) continue;
    emitted.add(project);
    const group = members.get(project)!;
    const expanded = !collapsed.has(project);
    rows.push({
      kind: 'group',
      id: groupRowId(project),
      project,
      members: group,
      running: group.filter((member) => member.state === 'running').length,
      expanded,
    });
    if (expanded)
      for (const member of group)
        rows.push({ kind: 'container', id: member.id, container: member, grouped: true });
  }
  return rows;
}

/** What the selection covers: IDs still present in the list, in list order. */
export function selectedContainers(
  all: ContainerSummary[],
  selected: ReadonlySet<string>,
): ContainerSummary[] {
  return selected.size === 0 ? [] : all.filter((container) => selected.has(container.id));
}

/** Stopped containers, as the prune preview lists them. */
export function prunable(all: ContainerSummary[]): ContainerSummary[] {
  return all
    .filter((c) => c.state === 'exited' || c.state === 'created' || c.state === 'dead')
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
}
