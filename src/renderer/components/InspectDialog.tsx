// `docker ... inspect` in a dialog: the engine's JSON as it is, and the command line.
import { useTranslation } from 'react-i18next';
import { CommandLine } from './CommandLine';
import { Dialog } from './Dialog';
import { EngineError } from '../features/errors/EngineError';

export function InspectDialog({
  title,
  command,
  data,
  error,
  onClose,
}: {
  title: string;
  command: string;
  data: unknown;
  error: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog title={title} open onClose={onClose} width={720}>
      {error ? (
        <EngineError role="alert" message={error} />
      ) : data === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <pre className="resource-json mono" tabIndex={0} aria-label={title}>
          {JSON.stringify(data, null, 2)}
        </pre>
      )}
      <CommandLine command={command} />
    </Dialog>
  );
}
