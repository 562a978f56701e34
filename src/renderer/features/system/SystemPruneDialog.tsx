// `docker system prune`, shown first: what each kind will lose (volumes only when ticked), then
// the removal of exactly that, and what it freed.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PruneMode } from '@shared/api/images-transfer';
import type { SystemPreviewItem, SystemPrunePreview } from '@shared/api/system';
import { commandLine } from '@shared/cli/quote';
import { formatBytes } from '@shared/format/bytes';
import { useTRPC } from '@renderer/api/trpc';
import { Checkbox } from '@renderer/components/Checkbox';
import { PreviewDialog } from '@renderer/components/PreviewDialog';
import { errorText } from '../images/errors';

const GROUPS = ['containers', 'networks', 'images', 'volumes'] as const;

export function SystemPruneDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [images, setImages] = useState<PruneMode>('dangling');
  const [volumes, setVolumes] = useState(false);
  const preview = useQuery({
    ...trpc.system.prunePreview.queryOptions({ images, volumes }),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnMount: 'always',
  });
  const prune = useMutation(trpc.system.prune.mutationOptions());
  const data = preview.data;
  const done = prune.data;
  const count = data ? GROUPS.reduce((sum, group) => sum + data[group].length, 0) + data.buildCache.count : 0;
  const command = commandLine([
    'docker',
    'system',
    'prune',
    ...(images === 'unused' ? ['--all'] : []),
    ...(volumes ? ['--volumes'] : []),
    '--force',
  ]);
  const ids = (items: SystemPreviewItem[]) => items.map((item) => item.id);

  return (
    <PreviewDialog
      title={t('system.pruneTitle')}
      width={620}
      onClose={onClose}
      finishLabel={t('system.finish')}
      confirm={
        data && {
          label: t('system.pruneSubmit'),
          disabled: count === 0 || prune.isPending || preview.isFetching,
          onClick: () =>
            prune.mutate({
              containers: ids(data.containers),
              networks: ids(data.networks),
              images: ids(data.images),
              imageMode: images,
              volumes: ids(data.volumes),
              buildCache: data.buildCache.count > 0,
            }),
        }
      }
      outcome={
        done && {
          done: t('system.pruneDone', { ...done, size: formatBytes(done.spaceReclaimed) }),
          kept:
            done.failed.length > 0
              ? t('system.pruneKept', {
                  reasons: done.failed.map((f) => `${f.what}: ${f.message}`).join('; '),
                })
              : null,
        }
      }
      options={
        <>
          <Checkbox
            label={t('system.pruneAllImages')}
            checked={images === 'unused'}
            disabled={!!done || prune.isPending}
            onChange={(on) => setImages(on ? 'unused' : 'dangling')}
          />
          <Checkbox
            label={t('system.pruneVolumes')}
            checked={volumes}
            disabled={!!done || prune.isPending}
            onChange={setVolumes}
          />
        </>
      }
      loading={!data}
      nothing={count === 0 ? t('system.pruneNothing') : null}
      error={preview.error || prune.error ? errorText(preview.error ?? prune.error) : null}
      command={command}
    >
      {data ? <PruneGroups data={data} /> : null}
    </PreviewDialog>
  );
}

/** What each kind will lose, folded per kind, and the build cache as one line. */
function PruneGroups({ data }: { data: SystemPrunePreview }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('system.pruneWillDelete')}</p>
      <ul className="prune-groups" aria-label={t('system.pruneWillDelete')}>
        {GROUPS.filter((group) => data[group].length > 0).map((group) => (
          <li key={group}>
            <details>
              <summary>
                {t('system.pruneGroup', {
                  kind: t(`system.pruneKinds.${group}`),
                  count: data[group].length,
                })}
              </summary>
              <ul aria-label={t(`system.pruneKinds.${group}`)}>
                {data[group].map((item) => (
                  <li key={item.id}>
                    <span className="mono-ish">{item.name}</span>
                    {item.size !== null ? <span className="muted"> {formatBytes(item.size)}</span> : null}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
        {data.buildCache.count > 0 ? (
          <li>
            {t('system.pruneBuildCache', {
              count: data.buildCache.count,
              size: formatBytes(data.buildCache.size),
            })}
          </li>
        ) : null}
      </ul>
    </>
  );
}
