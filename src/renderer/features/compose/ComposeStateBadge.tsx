// A project's or service's aggregate state in words and colour: "Running", "Partly running (1/2)".
import { useTranslation } from 'react-i18next';
import type { ComposeState } from '@shared/api/compose';

export function ComposeStateBadge({
  state,
  running,
  total,
}: {
  state: ComposeState;
  running: number;
  total: number;
}) {
  const { t } = useTranslation();
  return (
    <span className={`state compose-state compose-state-${state}`}>
      <span className="dot" aria-hidden="true" />
      {t(`compose.state.${state}`, { running, total })}
    </span>
  );
}
