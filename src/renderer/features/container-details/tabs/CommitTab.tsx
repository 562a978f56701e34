// The Commit tab of a container's page: make an image from the container (docker commit), with the
// reference checked on the field before anything is sent.
import { useMutation } from '@tanstack/react-query';
import { CheckCircle2 } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { commitCommand } from '@shared/cli/stats-commands';
import { referenceProblem } from '@shared/api/commit';
import { findContainer } from '@shared/api';
import { useContainers } from '@renderer/api/hooks';
import { useTRPC } from '@renderer/api/trpc';
import { CommandLine } from '@renderer/components/CommandLine';
import '../commit/commit.css';

export function CommitTab({ containerId }: { containerId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const ids = { reference: useId(), message: useId(), author: useId(), changes: useId(), problem: useId() };
  const { data: containers } = useContainers();
  const container = findContainer(containers, containerId);
  const [reference, setReference] = useState('');
  const [touched, setTouched] = useState(false);
  const [message, setMessage] = useState('');
  const [author, setAuthor] = useState('');
  const [changesText, setChangesText] = useState('');
  const [pause, setPause] = useState(true);
  const commit = useMutation(trpc.containers.commit.mutationOptions());

  const problem = referenceProblem(reference);
  const showProblem = touched && problem !== null;
  const changes = changesText
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const command = commitCommand({
    container: container?.name ?? containerId,
    reference: reference.trim(),
    message,
    author,
    pause,
    changes,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (problem) {
      document.getElementById(ids.reference)?.focus();
      return;
    }
    commit.mutate({ id: containerId, reference: reference.trim(), message, author, pause, changes });
  };

  return (
    <div className="commit-tab">
      <form className="card commit-form" onSubmit={submit} noValidate aria-labelledby={`${ids.reference}-h`}>
        <h2 id={`${ids.reference}-h`}>{t('containerCommit.heading')}</h2>
        <p className="help commit-intro">{t('containerCommit.intro')}</p>

        <div className="field">
          <label htmlFor={ids.reference}>{t('containerCommit.reference')}</label>
          <input
            id={ids.reference}
            value={reference}
            placeholder={t('containerCommit.referencePlaceholder')}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={showProblem}
            aria-describedby={showProblem ? ids.problem : `${ids.reference}-help`}
            onChange={(event) => setReference(event.target.value)}
            onBlur={() => setTouched(reference !== '' || touched)}
          />
          {showProblem ? (
            <p id={ids.problem} className="field-error">
              {t(`containerCommit.problems.${problem}`)}
            </p>
          ) : (
            <p id={`${ids.reference}-help`} className="help">
              {t('containerCommit.referenceHelp')}
            </p>
          )}
        </div>

        <div className="field">
          <label htmlFor={ids.message}>{t('containerCommit.message')}</label>
          <textarea
            id={ids.message}
            rows={2}
            value={message}
            placeholder={t('containerCommit.messagePlaceholder')}
            onChange={(event) => setMessage(event.target.value)}
          />
        </div>

        <div className="field">
          <label htmlFor={ids.author}>{t('containerCommit.author')}</label>
          <input
            id={ids.author}
            value={author}
            placeholder={t('containerCommit.authorPlaceholder')}
            onChange={(event) => setAuthor(event.target.value)}
          />
        </div>

        <div className="field">
          <label htmlFor={ids.changes}>{t('containerCommit.changes')}</label>
          <textarea
            id={ids.changes}
            rows={2}
            className="mono"
            value={changesText}
            spellCheck={false}
            aria-describedby={`${ids.changes}-help`}
            onChange={(event) => setChangesText(event.target.value)}
          />
          <p id={`${ids.changes}-help`} className="help">
            {t('containerCommit.changesHelp')}
          </p>
        </div>

        <label className="commit-check">
          <input type="checkbox" checked={pause} onChange={(event) => setPause(event.target.checked)} />
          {t('containerCommit.pause')}
        </label>

        <CommandLine command={command} />

        <div className="actions">
          <button type="submit" className="primary-button" disabled={commit.isPending}>
            {commit.isPending ? t('containerCommit.working') : t('containerCommit.submit')}
          </button>
        </div>

        {commit.error ? (
          <p className="inline-error" role="alert">
            {t('containerCommit.failed', { message: commit.error.message })}
          </p>
        ) : null}
        {commit.data && !commit.isPending && !commit.error ? (
          <div className="commit-result" role="status">
            <CheckCircle2 size={18} aria-hidden="true" className="commit-ok" />
            <div>
              <p className="commit-result-title">
                {t('containerCommit.created', { reference: commit.data.reference })}
              </p>
              <p className="muted">
                {t('containerCommit.imageId')}: <span className="mono">{commit.data.imageId}</span>
              </p>
              <Link to="/images">{t('containerCommit.openImages')}</Link>
            </div>
          </div>
        ) : null}
      </form>
    </div>
  );
}
