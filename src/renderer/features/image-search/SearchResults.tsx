// Docker Hub results: name (with the Official badge), description, stars, Pull and Tags.
import { BadgeCheck, Download, Star, Tags } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '@shared/api/images-build';
import { IconButton } from '@renderer/components/IconButton';
import { VirtualTable, type Column } from '@renderer/components/VirtualTable';
import { usePull } from './use-pull';
import { EngineError } from '../errors/EngineError';

export function SearchResults({
  results,
  empty,
  onTags,
}: {
  results: SearchResult[];
  empty: string;
  onTags: (name: string) => void;
}) {
  const { t } = useTranslation();
  const pull = usePull();
  const [started, setStarted] = useState<string | null>(null);

  const columns: Column<SearchResult>[] = [
    {
      id: 'name',
      header: t('hubSearch.columns.name'),
      width: 'minmax(180px, 1.2fr)',
      cell: (row) => (
        <span className="hub-name">
          <span className="primary truncate">{row.name}</span>
          {row.official ? (
            <span className="official-badge">
              <BadgeCheck size={13} aria-hidden="true" /> {t('hubSearch.official')}
            </span>
          ) : null}
        </span>
      ),
    },
    {
      id: 'description',
      header: t('hubSearch.columns.description'),
      width: 'minmax(200px, 2fr)',
      cell: (row) => (
        <span className="muted truncate" title={row.description}>
          {row.description}
        </span>
      ),
    },
    {
      id: 'stars',
      header: t('hubSearch.columns.stars'),
      width: '90px',
      align: 'end',
      cell: (row) => (
        <span className="stars">
          <Star size={13} aria-hidden="true" /> {row.stars.toLocaleString()}
        </span>
      ),
    },
    {
      id: 'actions',
      header: t('hubSearch.columns.actions'),
      width: '190px',
      align: 'end',
      cell: (row) => (
        <span className="hub-actions">
          <IconButton
            label={t('hubSearch.tags', { name: row.name })}
            icon={Tags}
            onClick={() => onTags(row.name)}
          />
          <button
            type="button"
            className="secondary-button with-icon"
            aria-label={t('hubSearch.pull', { name: row.name })}
            disabled={pull.isPending && started === row.name}
            onClick={() => {
              setStarted(row.name);
              pull.mutate({ reference: row.name });
            }}
          >
            <Download size={14} aria-hidden="true" /> Pull
          </button>
        </span>
      ),
    },
  ];

  return (
    <>
      {pull.error ? <EngineError role="alert" message={pull.error.message} /> : null}
      {pull.isSuccess && started ? (
        <p role="status">{t('hubSearch.pullStarted', { name: started })}</p>
      ) : null}
      <VirtualTable
        label={t('hubSearch.results')}
        rows={results}
        columns={columns}
        rowKey={(row) => row.name}
        rowLabel={(row) => row.name}
        empty={empty}
      />
    </>
  );
}
