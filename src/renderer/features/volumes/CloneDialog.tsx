// Clone a volume under a new name (through the helper), with the docker lines that do the same.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { volumeCloneCommand } from '@shared/cli/volume-commands';
import { volumeNameSchema } from '@shared/ids/engine-names';
import { useTRPC } from '@renderer/api/trpc';
import { CommandLine } from '@renderer/components/CommandLine';
import { FormDialog } from '@renderer/components/Dialog';
import { TextField } from '@renderer/components/TextField';
import { EngineError } from '../errors/EngineError';
import { errorText } from '../images/errors';
import { useHelperImage } from './use-helper-image';

export function CloneDialog({ name, onClose }: { name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const image = useHelperImage();
  const [target, setTarget] = useState(`${name}-copy`);
  const clone = useMutation(trpc.volumes.clone.mutationOptions());
  const fieldError = volumeNameSchema.safeParse(target).error?.issues[0]?.message ?? null;

  return (
    <FormDialog
      title={t('volumeManage.cloneTitle', { name })}
      onClose={onClose}
      width={600}
      finished={clone.isSuccess ? t('volumeManage.finish') : null}
      submit={{ label: t('volumeManage.cloneSubmit'), disabled: !!fieldError || clone.isPending }}
      onSubmit={() => {
        if (!fieldError) clone.mutate({ source: name, target: target.trim() });
      }}
      onEdit={() => clone.reset()}
    >
      <TextField
        label={t('volumeManage.cloneTarget')}
        value={target}
        autoFocus
        error={fieldError}
        help={t('volumeManage.helperNote', { image })}
        onChange={setTarget}
      />
      {clone.data?.pulledHelper ? (
        <p className="warn-text">{t('volumeManage.helperPulled', { image })}</p>
      ) : null}
      {clone.isSuccess ? (
        <p role="status" className="resource-done">
          {t('volumeManage.cloneDone', { name: target.trim() })}
        </p>
      ) : null}
      {clone.error ? <EngineError role="alert" message={errorText(clone.error)} /> : null}
      <CommandLine command={volumeCloneCommand(name, target.trim() || 'NEW', image)} />
    </FormDialog>
  );
}
