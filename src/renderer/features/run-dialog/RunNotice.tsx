// After Run: says what happened, with a link to the new container (its Attach tab for an
// interactive terminal), until dismissed or a while has passed.
import { X } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IconOnlyButton } from '@renderer/components/IconOnlyButton';
import type { RunOutcome } from './RunDialog';

const VISIBLE_MS = 12_000;

export function RunNotice({ outcome, onDismiss }: { outcome: RunOutcome; onDismiss: () => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    const timer = setTimeout(onDismiss, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [outcome, onDismiss]);
  const tab = outcome.started && outcome.terminal ? 'attach' : outcome.started ? 'logs' : 'overview';
  return (
    <div className="run-notice" role="status">
      <span>
        {outcome.started
          ? t('runDialog.notice.started', { name: outcome.name })
          : t('runDialog.notice.created', { name: outcome.name })}
      </span>
      <Link to={`/containers/${encodeURIComponent(outcome.id)}/${tab}`} onClick={onDismiss}>
        {outcome.started && outcome.terminal
          ? t('runDialog.notice.openTerminal')
          : t('runDialog.notice.open')}
      </Link>
      <IconOnlyButton icon={X} label={t('runDialog.notice.dismiss')} onClick={onDismiss} />
    </div>
  );
}
