// The build's live output (a bounded log that follows the end) and its outcome in words.
import { CheckCircle2, CircleAlert, Loader2 } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { shortId } from '@shared/format/time';
import type { BuildRun } from './use-build-run';

export function BuildOutput({ run }: { run: BuildRun }) {
  const { t } = useTranslation();
  const logRef = useRef<HTMLPreElement>(null);
  const sectionRef = useRef<HTMLElement>(null);

  // The output starts below the form: bring it into view once, when the build starts.
  useEffect(() => {
    sectionRef.current?.scrollIntoView({ block: 'nearest' });
  }, []);

  useEffect(() => {
    const log = logRef.current;
    if (log) log.scrollTop = log.scrollHeight;
  }, [run.lines]);

  return (
    <section ref={sectionRef} className="build-output" aria-label={t('imageBuild.output')}>
      <div role="status" className={`build-status build-status-${run.status}`}>
        {run.status === 'running' ? (
          <>
            <Loader2 size={16} className="spin" aria-hidden="true" /> {t('imageBuild.building')}
          </>
        ) : null}
        {run.status === 'succeeded' ? (
          <>
            <CheckCircle2 size={16} aria-hidden="true" />{' '}
            {run.tags.length
              ? t('imageBuild.succeededTags', { id: shortId(run.imageId ?? ''), tags: run.tags.join(', ') })
              : t('imageBuild.succeeded', { id: shortId(run.imageId ?? '') })}
          </>
        ) : null}
        {run.status === 'cancelled' ? t('imageBuild.cancelled') : null}
      </div>
      {run.status === 'failed' ? (
        <div role="alert" className="build-error">
          <CircleAlert size={16} aria-hidden="true" />
          <div>
            <strong>
              {run.step ? t('imageBuild.failedAt', { step: run.step }) : t('imageBuild.failed')}
            </strong>
            <p className="mono">{run.error}</p>
          </div>
        </div>
      ) : null}
      {run.skipped > 0 ? (
        <p className="muted">{t('imageBuild.linesSkipped', { count: run.skipped })}</p>
      ) : null}
      <pre ref={logRef} className="build-log" role="log" aria-label={t('imageBuild.output')} tabIndex={0}>
        {run.lines.join('\n')}
      </pre>
    </section>
  );
}
