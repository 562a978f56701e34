// The System page: disk usage as `docker system df -v`, a system prune with a preview, and the
// engine's live events.
import { Eraser } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@renderer/components/resource-list.css';
import { DiskUsageSection } from './DiskUsageSection';
import { EventsView } from './EventsView';
import { SystemPruneDialog } from './SystemPruneDialog';
import './system.css';

export function SystemPage() {
  const { t } = useTranslation();
  const [pruning, setPruning] = useState(false);
  const [usageKey, setUsageKey] = useState(0);
  return (
    <section className="page system-page" aria-labelledby="system-heading">
      <div className="page-header">
        <h1 id="system-heading">{t('system.heading')}</h1>
        <div className="toolbar-spacer" />
        <button type="button" className="secondary-button with-icon" onClick={() => setPruning(true)}>
          <Eraser size={15} aria-hidden="true" />
          {t('system.prune')}
        </button>
      </div>
      <DiskUsageSection key={usageKey} />
      <EventsView />
      {pruning ? (
        <SystemPruneDialog
          onClose={() => {
            setPruning(false);
            setUsageKey((key) => key + 1);
          }}
        />
      ) : null}
    </section>
  );
}
