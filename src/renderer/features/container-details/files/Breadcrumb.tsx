// The path of the folder in view, each part a button that opens it.
import { useTranslation } from 'react-i18next';

export function Breadcrumb({ path, onOpen }: { path: string; onOpen: (path: string) => void }) {
  const { t } = useTranslation();
  const parts = path.split('/').filter(Boolean);
  return (
    <nav className="files-breadcrumb" aria-label={t('containerFiles.breadcrumb')}>
      <ol>
        <li>
          <button
            type="button"
            className="crumb"
            aria-current={parts.length === 0 ? 'page' : undefined}
            onClick={() => onOpen('/')}
          >
            {t('containerFiles.root')}
          </button>
        </li>
        {parts.map((part, index) => {
          const target = `/${parts.slice(0, index + 1).join('/')}`;
          const last = index === parts.length - 1;
          return (
            <li key={target}>
              <span className="crumb-sep" aria-hidden="true">
                /
              </span>
              <button
                type="button"
                className="crumb"
                aria-current={last ? 'page' : undefined}
                onClick={() => onOpen(target)}
              >
                {part}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
