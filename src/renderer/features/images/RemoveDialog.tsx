// Remove (untag, or delete an untagged image): says what goes first; a refusal from the engine
// is shown with the containers that use the image, and Force is offered.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '@shared/format/bytes';
import { removeImageCommand } from '@shared/cli/image-commands';
import { useContainers } from '@renderer/api/hooks';
import { useTRPC } from '@renderer/api/trpc';
import { CommandLine } from '@renderer/components/CommandLine';
import { ConfirmDialog } from '@renderer/components/Dialog';
import { errorText } from './errors';
import { rowReference, type ImageRow } from './rows';
import { EngineError } from '../errors/EngineError';

export function RemoveDialog({ row, onClose }: { row: ImageRow; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { data: containers = [] } = useContainers();
  const [force, setForce] = useState(false);
  const remove = useMutation(trpc.images.remove.mutationOptions());
  const ref = rowReference(row);
  const users = containers.filter((container) => container.imageId === row.image.id).map((c) => c.name);

  return (
    <ConfirmDialog
      title={t('images.remove.title', { ref })}
      width={560}
      onClose={onClose}
      confirm={{
        label: t('images.remove.submit'),
        danger: true,
        disabled: remove.isPending,
        onClick: () => remove.mutate({ image: ref, force }, { onSuccess: onClose }),
      }}
    >
      <p>
        {row.tag === '<none>'
          ? t('images.remove.deleteImage', { id: ref, size: formatBytes(row.image.size) })
          : t('images.remove.untag', { ref, size: formatBytes(row.image.size) })}
      </p>
      {users.length ? (
        <p className="warn-text">{t('images.remove.usedBy', { names: users.join(', ') })}</p>
      ) : null}
      <label className="checkbox">
        <input type="checkbox" checked={force} onChange={(event) => setForce(event.target.checked)} />
        {t('images.remove.force')}
      </label>
      {remove.error ? <EngineError role="alert" message={errorText(remove.error)} /> : null}
      <CommandLine command={removeImageCommand(ref, force)} />
    </ConfirmDialog>
  );
}
