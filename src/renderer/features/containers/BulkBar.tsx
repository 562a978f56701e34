// Actions on every selected container at once; each row then reports its own outcome.
import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '@shared/api';
import type { LifecycleAction } from './use-container-actions';

const BULK: LifecycleAction[] = ['start', 'stop', 'restart', 'pause', 'unpause', 'kill'];

interface BulkBarProps {
  selected: ContainerSummary[];
  summary: { ok: number; failed: number } | null;
  onAction: (action: LifecycleAction) => void;
  onRemove: () => void;
  onClear: () => void;
}

export function BulkBar({ selected, summary, onAction, onRemove, onClear }: BulkBarProps) {
  const { t } = useTranslation();
  return (
    <div className="bulk-bar" role="toolbar" aria-label={t('lifecycle.actionsFor')}>
      <span className="bulk-count">{t('lifecycle.selected', { count: selected.length })}</span>
      {BULK.map((action) => (
        <button key={action} type="button" className="secondary-button" onClick={() => onAction(action)}>
          {t(`lifecycle.action.${action}`)}
        </button>
      ))}
      <button type="button" className="secondary-button danger-text" onClick={onRemove}>
        {t('lifecycle.action.remove')}
      </button>
      <button type="button" className="lc-link-button" onClick={onClear}>
        {t('lifecycle.clearSelection')}
      </button>
      {summary ? (
        <span role="status" className={summary.failed > 0 ? 'inline-error' : 'muted'}>
          {t('lifecycle.bulkSummary', summary)}
        </span>
      ) : null}
    </div>
  );
}
