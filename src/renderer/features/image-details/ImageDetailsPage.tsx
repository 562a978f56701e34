// One page per image (#/images/:id/*): tags, ID, size and age in the header; Layers and Inspect
// tabs; Run (the Run dialog) and Save as .tar (a download assembled from router chunks).
import { useQuery } from '@tanstack/react-query';
import { Download, Play } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { NavLink, useParams } from 'react-router';
import type { ImageSummary } from '@shared/api';
import { saveCommand, saveFileName } from '@shared/cli/build-commands';
import { formatBytes } from '@shared/format/bytes';
import { shortId, timeAgo } from '@shared/format/time';
import { useImages, useNow } from '@renderer/api/hooks';
import { useTRPC } from '@renderer/api/trpc';
import { BackLink } from '@renderer/components/BackLink';
import { CommandLine } from '@renderer/components/CommandLine';
import { IconTextButton } from '@renderer/components/IconTextButton';
import { useRunDialog } from '../run-dialog/RunDialogProvider';
import { InspectTab } from './InspectTab';
import { LayersTab } from './LayersTab';
import { useImageSave } from './use-image-save';
import './image-details.css';

function findImage(images: ImageSummary[], id: string): ImageSummary | undefined {
  const bare = id.replace(/^sha256:/, '');
  return images.find(
    (image) =>
      image.id === id ||
      (/^[0-9a-f]{4,64}$/.test(bare) && image.id.replace(/^sha256:/, '').startsWith(bare)) ||
      image.repoTags.includes(id) ||
      image.repoTags.includes(`${id}:latest`),
  );
}

export function ImageDetailsPage() {
  const { t, i18n } = useTranslation();
  const params = useParams();
  const id = decodeURIComponent(params.id ?? '');
  const section = params['*'] === 'inspect' ? 'inspect' : 'layers';
  const trpc = useTRPC();
  const now = useNow();
  const { data: images } = useImages();
  const summary = findImage(images ?? [], id);
  // The live list says the image is gone (removed elsewhere): say so rather than show stale data.
  const gone = images !== undefined && !summary;
  const inspect = useQuery(trpc.images.inspect.queryOptions({ id: summary?.id ?? id }));
  const runDialog = useRunDialog();
  const { state: saveState, save } = useImageSave();

  const tags = summary?.repoTags ?? inspect.data?.RepoTags ?? [];
  const imageId = summary?.id ?? inspect.data?.Id ?? id;
  const reference = tags[0] ?? imageId;
  const size = summary?.size ?? inspect.data?.Size ?? null;
  const created = summary?.created ?? (inspect.data ? Date.parse(inspect.data.Created) / 1000 : null);
  const base = `/images/${encodeURIComponent(params.id ?? '')}`;
  const saveRefs = tags.length ? tags : [imageId];

  return (
    <section className="page image-details" aria-labelledby="image-heading">
      <BackLink to="/images">{t('imageDetails.back')}</BackLink>
      <div className="page-header image-header">
        <div className="image-title">
          <h1 id="image-heading" className="truncate">
            {tags[0] ?? shortId(imageId)}
          </h1>
          <ul className="image-tags" aria-label={t('imageDetails.tags')}>
            {tags.length === 0 ? <li className="tag-pill">{t('imageDetails.untagged')}</li> : null}
            {tags.map((tag) => (
              <li key={tag} className="tag-pill">
                {tag}
              </li>
            ))}
          </ul>
        </div>
        <div className="image-actions">
          <IconTextButton
            icon={Play}
            className="primary-button"
            onClick={() => runDialog.open({ image: reference })}
          >
            {t('imageDetails.run')}
          </IconTextButton>
          <IconTextButton
            icon={Download}
            disabled={saveState.phase === 'saving'}
            onClick={() => save(saveRefs)}
          >
            {saveState.phase === 'saving'
              ? t('imageDetails.saving', { done: formatBytes(saveState.done) })
              : t('imageDetails.save')}
          </IconTextButton>
        </div>
      </div>

      <dl className="facts image-facts">
        <div className="fact">
          <dt>{t('imageDetails.id')}</dt>
          <dd className="mono image-id">{imageId.replace(/^sha256:/, '')}</dd>
        </div>
        <div className="fact">
          <dt>{t('imageDetails.size')}</dt>
          <dd>{size === null ? '—' : formatBytes(size)}</dd>
        </div>
        <div className="fact">
          <dt>{t('imageDetails.created')}</dt>
          <dd>{created ? timeAgo(created, now, i18n.language) : '—'}</dd>
        </div>
      </dl>

      <div className="image-save-line">
        <CommandLine command={saveCommand(saveRefs, saveFileName(saveRefs[0]!))} />
        {saveState.phase === 'failed' ? (
          <p role="alert" className="inline-error">
            {saveState.error}
          </p>
        ) : null}
        {saveState.phase === 'saved' ? (
          <p role="status" className="muted">
            {t('imageDetails.saved', { name: saveState.fileName })}
          </p>
        ) : null}
      </div>

      {gone ? (
        <p role="alert" className="inline-error">
          {t('imageDetails.notFound')} {inspect.error?.message ?? ''}
        </p>
      ) : null}

      <nav className="tabs" aria-label={t('imageDetails.tabs')}>
        <NavLink
          to={base}
          end
          className={section === 'layers' ? 'tab active' : 'tab'}
          aria-current={section === 'layers' ? 'page' : undefined}
        >
          {t('imageDetails.layers')}
        </NavLink>
        <NavLink to={`${base}/inspect`} className={section === 'inspect' ? 'tab active' : 'tab'}>
          {t('imageDetails.inspect')}
        </NavLink>
      </nav>

      {section === 'layers' ? <LayersTab id={imageId} reference={reference} /> : null}
      {section === 'inspect' && inspect.data ? (
        <InspectTab data={inspect.data} reference={reference} />
      ) : null}
    </section>
  );
}
