// The Containers list: live (patched by pushed events), searchable, filterable, sortable,
// virtualized, grouped by compose project, with per-row and multi-select lifecycle actions.
import { Play, Trash2 } from 'lucide-react';
import { useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ContainerSummary } from '@shared/api';
import { containerStates } from '@shared/api/container-constants';
import { useContainers, useNow } from '@renderer/api/hooks';
import { CommandLine } from '@renderer/components/CommandLine';
import { IconTextButton } from '@renderer/components/IconTextButton';
import type { AttachIntent } from '../container-details/tabs/AttachTab';
import { usePersistedState } from '@renderer/components/persisted-state';
import { sortRows } from '@renderer/components/sort';
import { VirtualTable, type SortState } from '@renderer/components/VirtualTable';
import { useRunDialog } from '../run-dialog/RunDialogProvider';
import { KillDialog, RenameDialog, StopDialog } from './ActionDialogs';
import { BulkBar } from './BulkBar';
import { Checkbox, isUp, type RowHandlers } from './cells';
import { containerColumns } from './columns';
import { containerSortKey, matchesQuery, matchesState, type StateFilter } from './filter';
import { PruneDialog } from './PruneDialog';
import { RemoveDialog } from './RemoveDialog';
import { buildRows, prunable, selectedContainers } from './rows';
import { useLiveStats } from './stats-cells';
import { useContainerActions, type LifecycleAction } from './use-container-actions';
import { VisibleIds } from './visible-ids';
import './containers.css';
import { SearchField } from '@renderer/components/SearchField';
import { SegmentedChoice } from '@renderer/components/SegmentedChoice';

type DialogState =
  | { kind: 'remove'; targets: ContainerSummary[] }
  | { kind: 'kill' | 'stop' | 'rename'; target: ContainerSummary }
  | { kind: 'prune'; candidates: ContainerSummary[] }
  | null;

/** Which containers an action applies to (the engine refuses e.g. stopping a stopped one). */
const applies: Record<LifecycleAction, (c: ContainerSummary) => boolean> = {
  start: (c) => !isUp(c),
  stop: isUp,
  restart: () => true,
  pause: (c) => c.state === 'running',
  unpause: (c) => c.state === 'paused',
  kill: isUp,
  remove: () => true,
  rename: () => true,
};

export function ContainersPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const runDialog = useRunDialog();
  const { data: containers = [], isLoading } = useContainers();
  const now = useNow();
  const actions = useContainerActions();
  const [query, setQuery] = usePersistedState('containers.query', '');
  const [scope, setScope] = usePersistedState<'running' | 'all'>('containers.scope', 'all');
  const [stateFilter, setStateFilter] = usePersistedState<StateFilter>('containers.stateFilter', 'any');
  const [collapsed, setCollapsed] = usePersistedState<string[]>('containers.collapsed', []);
  const [sort, setSort] = usePersistedState<SortState>('containers.sort', {
    column: 'name',
    direction: 'asc',
  });
  const [selected, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = useState<DialogState>(null);
  const [summary, setSummary] = useState<{ ok: number; failed: number } | null>(null);
  const [visible] = useState(() => new VisibleIds());
  const visibleIds = useSyncExternalStore(visible.subscribe, visible.snapshot);
  const stats = useLiveStats(visibleIds);

  const runningCount = useMemo(() => containers.filter((c) => c.state === 'running').length, [containers]);
  const filtered = useMemo(
    () =>
      containers.filter(
        (c) =>
          (scope === 'all' || c.state === 'running') &&
          matchesState(c, stateFilter) &&
          matchesQuery(c, query),
      ),
    [containers, scope, stateFilter, query],
  );
  // Live stats re-sort the list only when sorting by them (10,000 rows stay cheap otherwise).
  const sortStats = sort.column === 'cpu' || sort.column === 'memory' ? stats : undefined;
  const sorted = useMemo(
    () => sortRows(filtered, sort, (c, column) => containerSortKey(c, column, sortStats)),
    [filtered, sort, sortStats],
  );
  const rows = useMemo(() => buildRows(sorted, new Set(collapsed)), [sorted, collapsed]);
  const chosen = useMemo(() => selectedContainers(containers, selected), [containers, selected]);
  const visibleSelected = filtered.filter((c) => selected.has(c.id)).length;

  const setSelected = (ids: string[], checked: boolean) =>
    setSelectedIds((old) => {
      const next = new Set(old);
      for (const id of ids) {
        if (checked) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  const actMany = (action: LifecycleAction, targets: ContainerSummary[]) => {
    const applicable = targets.filter(applies[action]);
    setSummary(null);
    void actions.performMany(action, applicable).then((result) => targets.length > 1 && setSummary(result));
  };

  const handlers: RowHandlers = {
    act: (action, c) => void actions.perform(action, c),
    // The Attach tab attaches first and then starts it, so no early output is lost.
    startAttached: (c) => {
      const intent: AttachIntent = { attachStart: true };
      void navigate(`/containers/${c.id}/attach`, { state: intent });
    },
    openLogs: (c) => void navigate(`/containers/${c.id}/logs`),
    dialog: (kind, c) => setDialog(kind === 'remove' ? { kind, targets: [c] } : { kind, target: c }),
  };

  const columns = containerColumns({
    t,
    language: i18n.language,
    now,
    selected,
    setSelected,
    toggleGroup: (project) =>
      setCollapsed(
        collapsed.includes(project) ? collapsed.filter((p) => p !== project) : [...collapsed, project],
      ),
    actions,
    handlers,
    actMany,
    stats,
    visible,
  });

  const empty = isLoading
    ? t('common.loading')
    : query
      ? t('containers.noMatch', { query })
      : scope === 'running'
        ? t('containers.emptyRunning')
        : t('containers.empty');

  const closeDialog = () => setDialog(null);

  return (
    <section className="page containers-page" aria-labelledby="containers-heading">
      <div className="page-header">
        <h1 id="containers-heading">{t('containers.heading')}</h1>
        <div className="page-actions">
          <IconTextButton
            icon={Trash2}
            onClick={() => setDialog({ kind: 'prune', candidates: prunable(containers) })}
          >
            {t('lifecycle.prune')}
          </IconTextButton>
          <IconTextButton icon={Play} className="primary-button" onClick={() => runDialog.open()}>
            {t('lifecycle.run')}
          </IconTextButton>
        </div>
      </div>
      <div className="toolbar">
        <span className="select-all">
          <Checkbox
            label={t('lifecycle.selectAll')}
            checked={filtered.length > 0 && visibleSelected === filtered.length}
            indeterminate={visibleSelected > 0 && visibleSelected < filtered.length}
            onChange={(checked) =>
              setSelected(
                filtered.map((c) => c.id),
                checked,
              )
            }
          />
        </span>
        <SearchField
          label={t('common.search')}
          placeholder={t('containers.searchPlaceholder')}
          value={query}
          onChange={setQuery}
        />
        <SegmentedChoice
          label={t('containers.filterLabel')}
          options={[
            { value: 'running', label: t('containers.running', { count: runningCount }) },
            { value: 'all', label: t('containers.all', { count: containers.length }) },
          ]}
          value={scope}
          onChange={setScope}
        />
        <select
          className="state-filter"
          aria-label={t('lifecycle.stateFilter')}
          value={stateFilter}
          onChange={(event) => setStateFilter(event.target.value as StateFilter)}
        >
          <option value="any">{t('lifecycle.allStates')}</option>
          {containerStates.map((state) => (
            <option key={state} value={state}>
              {t(`containers.state.${state}`)}
            </option>
          ))}
        </select>
      </div>
      {chosen.length > 0 ? (
        <BulkBar
          selected={chosen}
          summary={summary}
          onAction={(action) => actMany(action, chosen)}
          onRemove={() => setDialog({ kind: 'remove', targets: chosen })}
          onClear={() => {
            setSelectedIds(new Set());
            setSummary(null);
          }}
        />
      ) : null}
      <VirtualTable
        label={t('containers.heading')}
        rows={rows}
        columns={columns}
        rowKey={(row) => row.id}
        rowLabel={(row) => (row.kind === 'group' ? row.project : row.container.name)}
        sort={sort}
        onSortChange={setSort}
        empty={empty}
      />
      {actions.lastCommand ? <CommandLine command={actions.lastCommand} /> : null}

      {dialog?.kind === 'remove' ? (
        <RemoveDialog
          targets={dialog.targets}
          onClose={closeDialog}
          onConfirm={(options) => {
            closeDialog();
            setSummary(null);
            void actions
              .performMany('remove', dialog.targets, options)
              .then((result) => dialog.targets.length > 1 && setSummary(result));
            setSelected(
              dialog.targets.map((c) => c.id),
              false,
            );
          }}
        />
      ) : null}
      {dialog?.kind === 'prune' ? <PruneDialog candidates={dialog.candidates} onClose={closeDialog} /> : null}
      {dialog?.kind === 'kill' ? (
        <KillDialog target={dialog.target} actions={actions} onClose={closeDialog} />
      ) : null}
      {dialog?.kind === 'stop' ? (
        <StopDialog target={dialog.target} actions={actions} onClose={closeDialog} />
      ) : null}
      {dialog?.kind === 'rename' ? (
        <RenameDialog target={dialog.target} actions={actions} onClose={closeDialog} />
      ) : null}
    </section>
  );
}
