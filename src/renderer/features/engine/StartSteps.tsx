// The start progress as an ordered list: preparing → booting → waiting for the engine → ready.
import { useTranslation } from 'react-i18next';
import { startSteps, type ProviderStatus } from '@shared/api';

export function StartSteps({ status }: { status: ProviderStatus }) {
  const { t } = useTranslation();
  const current =
    status.state === 'running' ? startSteps.length - 1 : startSteps.indexOf(status.step ?? 'preparing');
  return (
    <ol className="start-steps" aria-label={t('provider.stepsLabel')}>
      {startSteps.map((step, index) => {
        const done = index < current || status.state === 'running';
        const active = index === current && status.state === 'starting';
        return (
          <li
            key={step}
            className={done ? 'step-done' : active ? 'step-active' : 'step-todo'}
            aria-current={active ? 'step' : undefined}
          >
            {t(`provider.steps.${step}`)}
            {done ? <span className="visually-hidden"> ({t('provider.stepDone')})</span> : null}
            {active ? <span className="visually-hidden"> ({t('provider.stepCurrent')})</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
