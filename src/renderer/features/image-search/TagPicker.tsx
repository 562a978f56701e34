// The tags of a repository, from its registry (Docker Hub's token flow on the server), with a
// filter and a Pull button for the chosen tag.
import { useQuery } from '@tanstack/react-query';
import { Download } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commandLine } from '@shared/cli/quote';
import { useTRPC } from '@renderer/api/trpc';
import { CommandLine } from '@renderer/components/CommandLine';
import { Dialog, DialogActions } from '@renderer/components/Dialog';
import { VirtualTable, type Column } from '@renderer/components/VirtualTable';
import { usePull } from './use-pull';
import { SearchField } from '@renderer/components/SearchField';
import { EngineError } from '../errors/EngineError';

export function TagPicker({ repository, onClose }: { repository: string; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [filter, setFilter] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const tags = useQuery({
    ...trpc.images.hub.tags.queryOptions({ repository }),
    retry: false,
    staleTime: 60_000,
  });
  const pull = usePull();
  const rows = useMemo(
    () => (tags.data?.tags ?? []).filter((tag) => tag.toLowerCase().includes(filter.trim().toLowerCase())),
    [tags.data, filter],
  );
  // `latest` is offered only where the registry has it; else the user picks.
  const chosen = picked ?? (tags.data?.tags.includes('latest') ? 'latest' : null);
  const ref = chosen ? `${repository}:${chosen}` : null;

  const columns: Column<string>[] = [
    {
      id: 'tag',
      header: t('imageDetails.tags'),
      width: '1fr',
      cell: (tag) => (
        <label className="tag-choice">
          <input type="radio" name="tag" checked={chosen === tag} onChange={() => setPicked(tag)} />
          <span className="mono">{tag}</span>
        </label>
      ),
    },
  ];

  const footer = (
    <DialogActions
      onCancel={onClose}
      cancelLabel={t('common.close')}
      confirm={{
        label: ref ? t('hubSearch.pullTag', { ref }) : t('hubSearch.pickTag'),
        icon: Download,
        disabled: !ref || pull.isPending,
        onClick: () => ref && pull.mutate({ reference: ref }),
      }}
    />
  );

  return (
    <Dialog
      title={t('hubSearch.tagsTitle', { name: repository })}
      open
      onClose={onClose}
      footer={footer}
      width={560}
    >
      <div className="tag-picker">
        <SearchField label={t('hubSearch.tagsFilter')} value={filter} onChange={setFilter} />
        {tags.isLoading ? <p role="status">{t('hubSearch.tagsLoading')}</p> : null}
        {tags.error ? (
          <p role="alert" className="inline-error">
            {tags.error.message}
          </p>
        ) : null}
        {tags.data ? (
          <p className="muted">{t('hubSearch.tagsCount', { count: tags.data.tags.length })}</p>
        ) : null}
        {tags.data ? (
          <VirtualTable
            label={t('hubSearch.tagsTitle', { name: repository })}
            rows={rows}
            columns={columns}
            rowKey={(tag) => tag}
            rowLabel={(tag) => tag}
            rowHeight={36}
            empty={t('hubSearch.noTags')}
          />
        ) : null}
        {pull.error ? <EngineError role="alert" message={pull.error.message} /> : null}
        {pull.isSuccess ? <p role="status">{t('hubSearch.pullStarted', { name: ref })}</p> : null}
        <CommandLine command={commandLine(['docker', 'pull', ref ?? `${repository}:TAG`])} />
      </div>
    </Dialog>
  );
}
