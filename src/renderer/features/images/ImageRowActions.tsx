// The per-row buttons: Run, Push, Tag, Remove, each named for its image.
import { Play, Tag, Trash2, Upload } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { IconOnlyButton } from '@renderer/components/IconOnlyButton';
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
      <IconOnlyButton
        icon={Play}
        iconSize={16}
        label={t('images.actions.run', { ref })}
        onClick={() => runDialog.open({ image: tagged ? ref : row.image.id })}
      />
      <IconOnlyButton
        icon={Upload}
        iconSize={16}
        label={t('images.actions.push', { ref })}
        disabled={!tagged}
        onClick={() => onAction('push')}
      />
      <IconOnlyButton
        icon={Tag}
        iconSize={16}
        label={t('images.actions.tag', { ref })}
        onClick={() => onAction('tag')}
      />
      <IconOnlyButton
        icon={Trash2}
        iconSize={16}
        className="icon-button danger-icon"
        label={t('images.actions.remove', { ref })}
        onClick={() => onAction('remove')}
      />
    </div>
  );
}
