// Docker Hub search through the engine (`docker search`), with filters, one-click pull and a tag
// picker. Offline, the failure is one line of words and the rest of the app keeps working.
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchInput } from '@shared/api/images-build';
import { searchCommand } from '@shared/cli/build-commands';
import { useTRPC } from '@renderer/api/trpc';
import { BackLink } from '@renderer/components/BackLink';
import { CommandLine } from '@renderer/components/CommandLine';
import { usePersistedState } from '@renderer/components/persisted-state';
import { SearchResults } from './SearchResults';
import { TagPicker } from './TagPicker';
import './image-search.css';
import { SearchField } from '@renderer/components/SearchField';

export function HubSearchPage() {
  const { t } = useTranslation();
  const id = useId();
  const trpc = useTRPC();
  const [term, setTerm] = usePersistedState('hubSearch.term', '');
  const [officialOnly, setOfficialOnly] = usePersistedState('hubSearch.official', false);
  const [minStars, setMinStars] = usePersistedState('hubSearch.minStars', 0);
  const [submitted, setSubmitted] = useState<SearchInput | null>(null);
  const [tagsFor, setTagsFor] = useState<string | null>(null);
  const [repository, setRepository] = useState('');
  const search = useQuery({
    ...trpc.images.hub.search.queryOptions(submitted ?? { term: '-' }),
    enabled: submitted !== null,
    retry: false,
    staleTime: 60_000,
  });

  return (
    <section className="page" aria-labelledby="hub-heading">
      <BackLink to="/images">{t('imageDetails.back')}</BackLink>
      <div className="page-header">
        <h1 id="hub-heading">{t('hubSearch.heading')}</h1>
      </div>
      <form
        className="toolbar hub-form"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          if (term.trim()) setSubmitted({ term: term.trim(), limit: 25, officialOnly, minStars });
        }}
      >
        <SearchField
          label={t('hubSearch.term')}
          placeholder={t('hubSearch.termPlaceholder')}
          value={term}
          onChange={setTerm}
          required
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={officialOnly}
            onChange={(event) => setOfficialOnly(event.target.checked)}
          />
          {t('hubSearch.officialOnly')}
        </label>
        <label className="hub-stars" htmlFor={`${id}-stars`}>
          {t('hubSearch.minStars')}
          <input
            id={`${id}-stars`}
            type="number"
            min={0}
            step={1}
            value={minStars}
            onChange={(event) => setMinStars(Math.max(0, Math.floor(Number(event.target.value) || 0)))}
          />
        </label>
        <button type="submit" className="primary-button" disabled={!term.trim()}>
          {t('hubSearch.submit')}
        </button>
      </form>
      <CommandLine command={searchCommand(term.trim() || 'TERM', { officialOnly, minStars })} />

      {search.isFetching ? (
        <p role="status" className="muted">
          {t('hubSearch.searching')}
        </p>
      ) : null}
      {search.error ? (
        <p role="alert" className="inline-error hub-error">
          {search.error.message}
        </p>
      ) : null}
      <SearchResults
        results={search.data ?? []}
        empty={
          search.error
            ? ''
            : submitted && search.data
              ? t('hubSearch.noResults', { term: submitted.term })
              : t('hubSearch.prompt')
        }
        onTags={setTagsFor}
      />
      <form
        className="toolbar hub-browse"
        aria-label={t('hubSearch.browse')}
        onSubmit={(event) => {
          event.preventDefault();
          if (repository.trim()) setTagsFor(repository.trim());
        }}
      >
        <label htmlFor={`${id}-repo`}>{t('hubSearch.repository')}</label>
        <input
          id={`${id}-repo`}
          className="mono"
          placeholder={t('hubSearch.repositoryPlaceholder')}
          value={repository}
          spellCheck={false}
          onChange={(event) => setRepository(event.target.value)}
        />
        <button type="submit" className="secondary-button" disabled={!repository.trim()}>
          {t('hubSearch.showTags')}
        </button>
      </form>
      {tagsFor ? <TagPicker repository={tagsFor} onClose={() => setTagsFor(null)} /> : null}
    </section>
  );
}
