// A container's state in words and colour: "Running (healthy)", "Exited (137)".
import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '@shared/api';

export function StateBadge({ container }: { container: ContainerSummary }) {
  const { t } = useTranslation();
  const base =
    container.state === 'exited' && container.exitCode !== null
      ? t('containers.exitedWith', { code: container.exitCode })
      : t(`containers.state.${container.state}`);
  const health = container.health ? ` (${t(`containers.health.${container.health}`)})` : '';
  return (
    <span
      className={`state state-${container.state} health-${container.health ?? 'none'}`}
      title={container.status}
    >
      <span className="dot" aria-hidden="true" />
      {base + health}
    </span>
  );
}
