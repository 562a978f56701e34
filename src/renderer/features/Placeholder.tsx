// Areas not built yet say so, and show the CLI command that does the job meanwhile.
import { useTranslation } from 'react-i18next';

export function Placeholder({ titleKey, command }: { titleKey: string; command: string }) {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="placeholder-heading">
      <div className="page-header">
        <h1 id="placeholder-heading">{t(titleKey)}</h1>
      </div>
      <div className="card empty-card">
        <p>{t('placeholder.comingSoon')}</p>
        <p className="muted">{t('placeholder.useCli')}</p>
        <code className="command">{command}</code>
      </div>
    </section>
  );
}
