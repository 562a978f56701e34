// Code that loads on first use (pages, the Run dialog) can fail to arrive (api/retry-load.ts): a
// failed load is tried again a few times before it counts; if it still fails, the page says so
// with a Retry button instead of the whole app going blank.
import { Component, lazy, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { withRetry } from '../api/retry-load';
import { EmptyCard } from './EmptyCard';

/** React.lazy with retries: `lazyRetry(() => import('./Page'), (m) => m.Page)`. */
export function lazyRetry<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
) {
  return lazy(() => withRetry(load).then((module) => ({ default: pick(module) })));
}

function LoadFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <EmptyCard title={t('common.loadFailed')} help={t('common.loadFailedHelp')} alert>
      <button type="button" className="secondary-button" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </EmptyCard>
  );
}

/**
 * Catches a page that could not load (or threw while rendering) so the frame, the sidebar and
 * the other pages keep working. Retry reloads the window, which starts the page over from its
 * own code (a page that threw while rendering would throw again if merely remounted).
 */
export class PageBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (this.state.failed) return <LoadFailed onRetry={() => window.location.reload()} />;
    return this.props.children;
  }
}
