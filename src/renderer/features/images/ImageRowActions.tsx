// The per-row buttons: Run, Push, Tag, Remove, each named for its image.
import { Play, Tag, Trash2, Upload } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useRunDialog } from '../run-dialog/RunDialogProvider';
import { rowReference, type ImageRow } from './rows';

export type RowAction = 'push' | 'tag' | 'remove' | 'usedBy';

export function ImageRowActions({ row, onAction }: { row: ImageRow; onAction: (action: RowAction) => void }) {
  const { t } = useTranslation();
  const runDialog = useRunDialog();
  const ref = rowReference(row);
  const tagged = row.tag !== '<none>';
  return (
    <div className="row-actions">
      <button
        type="button"
        className="icon-button"
        aria-label={t('images.actions.run', { ref })}
        title={t('images.actions.run', { ref })}
        onClick={() => runDialog.open({ image: tagged ? ref : row.image.id })}
      >
        <Play size={16} aria-hidden="true" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('images.actions.push', { ref })}
        title={t('images.actions.push', { ref })}
        disabled={!tagged}
        onClick={() => onAction('push')}
      >
        <Upload size={16} aria-hidden="true" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('images.actions.tag', { ref })}
        title={t('images.actions.tag', { ref })}
        onClick={() => onAction('tag')}
      >
        <Tag size={16} aria-hidden="true" />
      </button>
      <button
        type="button"
        className="icon-button danger-icon"
        aria-label={t('images.actions.remove', { ref })}
        title={t('images.actions.remove', { ref })}
        onClick={() => onAction('remove')}
      >
        <Trash2 size={16} aria-hidden="true" />
      </button>
    </div>
  );
}
