// `docker system prune`, shown first: what each kind will lose (volumes only when ticked), then
// the removal of exactly that, and what it freed.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PruneMode } from '../../../shared/api/images-transfer';
import type { SystemPreviewItem } from '../../../shared/api/system';
import { commandLine } from '../../../shared/cli/quote';
import { formatBytes } from '../../../shared/format/bytes';
import { useTRPC } from '../../api/trpc';
import { CommandLine } from '../../components/CommandLine';
import { Dialog, DialogActions } from '../../components/Dialog';
import { EngineError } from '../errors/EngineError';
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
    <Dialog
      title={t('system.pruneTitle')}
      open
      onClose={onClose}
      width={620}
      footer={
        <DialogActions
          onCancel={onClose}
          cancelLabel={done ? t('system.finish') : undefined}
          confirm={
            done || !data
              ? undefined
              : {
                  label: t('system.pruneSubmit'),
                  danger: true,
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
        />
      }
    >
      <label className="checkbox">
        <input
          type="checkbox"
          checked={images === 'unused'}
          disabled={!!done || prune.isPending}
          onChange={(event) => setImages(event.target.checked ? 'unused' : 'dangling')}
        />
        {t('system.pruneAllImages')}
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={volumes}
          disabled={!!done || prune.isPending}
          onChange={(event) => setVolumes(event.target.checked)}
        />
        {t('system.pruneVolumes')}
      </label>
      {done ? (
        <>
          <p role="status" className="resource-done">
            {t('system.pruneDone', { ...done, size: formatBytes(done.spaceReclaimed) })}
          </p>
          {done.failed.length > 0 ? (
            <p className="inline-error" role="alert">
              {t('system.pruneKept', {
                reasons: done.failed.map((f) => `${f.what}: ${f.message}`).join('; '),
              })}
            </p>
          ) : null}
        </>
      ) : !data ? (
        <p className="muted">{t('common.loading')}</p>
      ) : count === 0 ? (
        <p className="muted">{t('system.pruneNothing')}</p>
      ) : (
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
      )}
      {preview.error || prune.error ? (
        <EngineError role="alert" message={errorText(preview.error ?? prune.error)} />
      ) : null}
      <CommandLine command={command} />
    </Dialog>
  );
}
