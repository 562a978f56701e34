// The one line that points the user's own docker CLI (and compose, IDEs) at Berth's engine.
import { useTranslation } from 'react-i18next';
import type { BerthContextInfo } from '@shared/api';
import { CommandLine } from '@renderer/components/CommandLine';

export function ContextCard({ context }: { context: BerthContextInfo }) {
  const { t } = useTranslation();
  return (
    <div className="card">
      <h2>{t('provider.contextHeading')}</h2>
      <p>{t('provider.contextIntro')}</p>
      {context.current ? <p>{t('provider.contextCurrent')}</p> : null}
      <CommandLine command={`docker context use ${context.name}`} label={t('provider.contextUse')} />
      <CommandLine command={`export DOCKER_HOST=${context.host}`} label={t('provider.contextHost')} />
    </div>
  );
}
