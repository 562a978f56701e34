// Which containers mount a volume, each linking to its page (as the engine's volume filter says).
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '@renderer/api/trpc';
import { Dialog } from '@renderer/components/Dialog';
import { EngineError } from '../errors/EngineError';
import { errorText } from '../images/errors';

export function VolumeUsersDialog({ name, onClose }: { name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const users = useQuery({ ...trpc.volumes.users.queryOptions({ name }), staleTime: 0 });
  const list = users.data ?? [];
  return (
    <Dialog title={t('volumeManage.actions.usedBy', { name })} open onClose={onClose} width={520}>
      {users.error ? (
        <EngineError role="alert" message={errorText(users.error)} />
      ) : users.isLoading ? (
        <p className="muted">{t('common.loading')}</p>
      ) : list.length === 0 ? (
        <p className="muted">{t('volumeManage.usedByEmpty')}</p>
      ) : (
        <ul className="used-by">
          {list.map((container) => (
            <li key={container.id}>
              <Link to={`/containers/${container.id}`} onClick={onClose}>
                {container.name}
              </Link>
              <span className="muted">{t(`containers.state.${container.state}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
