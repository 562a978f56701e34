// Published ports as links that open http://localhost:PORT in the browser.
import { useTranslation } from 'react-i18next';
import type { PublishedPort } from '@shared/api';

export function PortLinks({ ports }: { ports: PublishedPort[] }) {
  const { t } = useTranslation();
  const published = ports.filter((port) => port.hostPort !== null);
  if (published.length === 0) return <span className="muted">—</span>;
  return (
    <span className="ports">
      {published.map((port) => {
        const url = `http://localhost:${port.hostPort}`;
        const text = `${port.hostPort}:${port.containerPort}${port.protocol === 'tcp' ? '' : '/' + port.protocol}`;
        return port.protocol === 'tcp' ? (
          <a
            key={text}
            href={url}
            target="_blank"
            rel="noreferrer noopener"
            aria-label={t('containers.openPort', { url })}
          >
            {text}
          </a>
        ) : (
          <span key={text}>{text}</span>
        );
      })}
    </span>
  );
}
