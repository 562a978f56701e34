// Cells of the containers table that carry behaviour: the name link with the row's action
// feedback, per-row action buttons, and the compose project row.
import { ChevronDown, ChevronRight, Layers, Play, Square, Trash2, X } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '@shared/api';
import { shortId } from '@shared/format/time';
import { IconOnlyButton } from '@renderer/components/IconOnlyButton';
import type { GroupRow } from './rows';
import { RowMenu, type MenuItem } from './RowMenu';
import type { Feedback, LifecycleAction } from './use-container-actions';
import { useEngineErrorWords } from '../errors/EngineError';

export const isUp = (c: ContainerSummary) =>
  c.state === 'running' || c.state === 'paused' || c.state === 'restarting';

export function Checkbox(props: {
  label: string;
  checked: boolean;
  indeterminate?: boolean;
  onChange: (checked: boolean) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = props.indeterminate ?? false;
  }, [props.indeterminate]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className="row-check"
      aria-label={props.label}
      checked={props.checked}
      onChange={(event) => props.onChange(event.target.checked)}
    />
  );
}

export function NameCell(props: {
  container: ContainerSummary;
  grouped: boolean;
  feedback?: Feedback;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const { container: c, feedback } = props;
  let secondary = <span className="secondary mono">{shortId(c.id)}</span>;
  if (feedback?.state === 'pending')
    secondary = (
      <span className="secondary feedback-pending" role="status">
        {t('lifecycle.working')}
      </span>
    );
  else if (feedback?.state === 'ok')
    secondary = (
      <span className="secondary feedback-ok" role="status">
        {t(`lifecycle.done.${feedback.action}`)}
      </span>
    );
  else if (feedback?.state === 'error')
    secondary = (
      <span className="secondary feedback-error">
        <RowError message={feedback.message} />
        <button
          type="button"
          className="dismiss"
          aria-label={t('lifecycle.dismiss', { name: c.name })}
          onClick={props.onDismiss}
        >
          <X size={12} aria-hidden="true" />
        </button>
      </span>
    );
  return (
    <span className={`name-cell${props.grouped ? ' grouped' : ''}`}>
      <a className="primary truncate" href={`#/containers/${c.id}`}>
        {c.name}
      </a>
      {secondary}
    </span>
  );
}

export interface RowHandlers {
  act: (action: LifecycleAction, container: ContainerSummary) => void;
  startAttached: (container: ContainerSummary) => void;
  openLogs: (container: ContainerSummary) => void;
  dialog: (kind: 'kill' | 'stop' | 'rename' | 'remove', container: ContainerSummary) => void;
}

export function ActionsCell({
  container: c,
  handlers,
  busy,
}: {
  container: ContainerSummary;
  handlers: RowHandlers;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const name = c.name;
  const up = isUp(c);
  const items: MenuItem[] = [];
  if (!up)
    items.push({
      id: 'startAttach',
      label: t('lifecycle.action.startAttach'),
      onSelect: () => handlers.startAttached(c),
    });
  if (c.state === 'running') {
    items.push({
      id: 'restart',
      label: t('lifecycle.action.restart'),
      onSelect: () => handlers.act('restart', c),
    });
    items.push({ id: 'pause', label: t('lifecycle.action.pause'), onSelect: () => handlers.act('pause', c) });
    items.push({
      id: 'stopTimeout',
      label: t('lifecycle.action.stopTimeout'),
      onSelect: () => handlers.dialog('stop', c),
    });
  }
  if (c.state === 'paused')
    items.push({
      id: 'unpause',
      label: t('lifecycle.action.unpause'),
      onSelect: () => handlers.act('unpause', c),
    });
  if (up)
    items.push({
      id: 'kill',
      label: t('lifecycle.action.killSignal'),
      onSelect: () => handlers.dialog('kill', c),
    });
  items.push({ id: 'logs', label: t('lifecycle.action.logs'), onSelect: () => handlers.openLogs(c) });
  items.push({
    id: 'rename',
    label: t('lifecycle.action.renameOne'),
    onSelect: () => handlers.dialog('rename', c),
  });
  items.push({
    id: 'remove',
    label: t('lifecycle.action.removeOne'),
    danger: true,
    onSelect: () => handlers.dialog('remove', c),
  });
  return (
    <span className="lc-row-actions">
      {up ? (
        <IconOnlyButton
          icon={Square}
          disabled={busy}
          label={t('lifecycle.named.stop', { name })}
          title={t('lifecycle.action.stop')}
          onClick={() => handlers.act('stop', c)}
        />
      ) : (
        <IconOnlyButton
          icon={Play}
          disabled={busy}
          label={t('lifecycle.named.start', { name })}
          title={t('lifecycle.action.start')}
          onClick={() => handlers.act('start', c)}
        />
      )}
      <IconOnlyButton
        icon={Trash2}
        label={t('lifecycle.named.remove', { name })}
        title={t('lifecycle.action.remove')}
        onClick={() => handlers.dialog('remove', c)}
      />
      <RowMenu label={t('lifecycle.moreFor', { name })} items={items} />
    </span>
  );
}

export function GroupNameCell({ group, onToggle }: { group: GroupRow; onToggle: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="group-toggle"
      aria-expanded={group.expanded}
      aria-label={t('lifecycle.group.toggle', { project: group.project })}
      onClick={onToggle}
    >
      {group.expanded ? (
        <ChevronDown size={16} aria-hidden="true" />
      ) : (
        <ChevronRight size={16} aria-hidden="true" />
      )}
      <Layers size={16} aria-hidden="true" className="group-icon" />
      <span className="name-cell">
        <span className="primary truncate">{group.project}</span>
        <span className="secondary">{t('lifecycle.group.project')}</span>
      </span>
    </button>
  );
}

export function GroupStateCell({ group }: { group: GroupRow }) {
  const { t } = useTranslation();
  const state = group.running > 0 ? 'running' : 'exited';
  return (
    <span className={`state state-${state}`}>
      <span className="dot" aria-hidden="true" />
      {t('lifecycle.group.state', {
        state: t(group.running > 0 ? 'lifecycle.group.running' : 'lifecycle.group.stopped'),
        running: group.running,
        total: group.members.length,
      })}
    </span>
  );
}

export function GroupActionsCell({
  group,
  act,
}: {
  group: GroupRow;
  act: (action: LifecycleAction, members: ContainerSummary[]) => void;
}) {
  const { t } = useTranslation();
  const up = group.members.filter(isUp);
  const down = group.members.filter((c) => !isUp(c));
  return (
    <span className="lc-row-actions">
      {up.length > 0 ? (
        <IconOnlyButton
          icon={Square}
          label={t('lifecycle.named.stop', { name: group.project })}
          onClick={() => act('stop', up)}
        />
      ) : (
        <IconOnlyButton
          icon={Play}
          label={t('lifecycle.named.start', { name: group.project })}
          onClick={() => act('start', down)}
        />
      )}
    </span>
  );
}

/** A row's error on one line: Berth's sentence, the engine's words as its tooltip. */
function RowError({ message }: { message: string }) {
  const words = useEngineErrorWords(message);
  return (
    <span className="truncate" role="alert" title={words.raw}>
      {words.text}
    </span>
  );
}
