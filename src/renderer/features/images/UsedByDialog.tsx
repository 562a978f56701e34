// Which containers use an image, each linking to its page.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useContainers } from '@renderer/api/hooks';
import { Dialog } from '@renderer/components/Dialog';
import { StateBadge } from '../containers/StateBadge';
import type { ImageRow } from './rows';
import { rowReference } from './rows';

export function UsedByDialog({ row, onClose }: { row: ImageRow; onClose: () => void }) {
  const { t } = useTranslation();
  const { data: containers = [] } = useContainers();
  const users = containers.filter((container) => container.imageId === row.image.id);
  return (
    <Dialog title={t('images.actions.usedBy', { ref: rowReference(row) })} open onClose={onClose} width={520}>
      {users.length === 0 ? (
        <p className="muted">{t('images.usedBy.empty')}</p>
      ) : (
        <ul className="used-by">
          {users.map((container) => (
            <li key={container.id}>
              <Link to={`/containers/${container.id}`} onClick={onClose}>
                {container.name}
              </Link>
              <StateBadge container={container} />
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
