// Search in a terminal (xterm's search addon): highlights every match, "Next match" and
// "Previous match" buttons, Enter / Shift+Enter, and "2 of 5 matches" for screen readers too.
import type { SearchAddon } from '@xterm/addon-search';
import { ChevronDown, ChevronUp, Search } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '@renderer/components/IconButton';

const decorations = {
  matchBackground: '#f6d860',
  matchBorder: '#c9a227',
  matchOverviewRuler: '#c9a227',
  activeMatchBackground: '#ff9632',
  activeMatchBorder: '#d96c00',
  activeMatchColorOverviewRuler: '#d96c00',
};

export function TerminalSearch({ search }: { search: SearchAddon | null }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{ index: number; count: number } | null>(null);

  useEffect(() => {
    if (!search) return;
    const subscription = search.onDidChangeResults(({ resultIndex, resultCount }) =>
      setResult({ index: resultIndex, count: resultCount }),
    );
    return () => subscription.dispose();
  }, [search]);

  const find = (direction: 'next' | 'previous', text = query, incremental = false) => {
    if (!search) return;
    if (!text) {
      search.clearDecorations();
      setResult(null);
      return;
    }
    const options = { decorations, incremental };
    if (direction === 'next') search.findNext(text, options);
    else search.findPrevious(text, options);
  };

  const status =
    !query || !result
      ? ''
      : result.count === 0
        ? t('details.logs.noMatches')
        : result.index < 0
          ? t('details.logs.manyMatches')
          : t('details.logs.matches', { index: result.index + 1, count: result.count });

  return (
    <div className="terminal-search">
      <label className="search compact">
        <Search size={15} aria-hidden="true" />
        <input
          type="search"
          aria-label={t('details.logs.search')}
          placeholder={t('details.logs.search')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            find('next', event.target.value, true);
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            find(event.shiftKey ? 'previous' : 'next');
          }}
        />
        <span className="search-status muted" role="status">
          {status}
        </span>
      </label>
      <IconButton
        label={t('details.logs.previous')}
        icon={ChevronUp}
        disabled={!query}
        onClick={() => find('previous')}
      />
      <IconButton
        label={t('details.logs.next')}
        icon={ChevronDown}
        disabled={!query}
        onClick={() => find('next')}
      />
    </div>
  );
}
