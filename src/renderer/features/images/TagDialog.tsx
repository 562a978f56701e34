// Tag an image with a new repo:tag, validated on the field before anything is sent.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tagCommand } from '@shared/cli/image-commands';
import { referenceError } from '@shared/images/reference';
import { useTRPC } from '@renderer/api/trpc';
import { CommandLine } from '@renderer/components/CommandLine';
import { FormDialog } from '@renderer/components/Dialog';
import { TextField } from '@renderer/components/TextField';
import { errorText } from './errors';
import { EngineError } from '../errors/EngineError';

export function TagDialog({ source, onClose }: { source: string; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [target, setTarget] = useState('');
  const tag = useMutation(trpc.images.tag.mutationOptions());
  const fieldError = target.trim() ? referenceError(target) : null;

  return (
    <FormDialog
      title={t('images.tag.title', { ref: source })}
      width={560}
      onClose={onClose}
      submit={{ label: t('images.tag.submit'), disabled: !target.trim() || !!fieldError || tag.isPending }}
      onSubmit={() => {
        if (target.trim() && !fieldError)
          tag.mutate({ source, target: target.trim() }, { onSuccess: onClose });
      }}
      onEdit={() => tag.reset()}
    >
      <TextField
        label={t('images.tag.target')}
        value={target}
        autoFocus
        error={fieldError}
        help={t('images.tag.help')}
        onChange={setTarget}
      />
      {tag.error ? <EngineError role="alert" message={errorText(tag.error)} /> : null}
      <CommandLine command={tagCommand(source, target.trim() || 'TARGET')} />
    </FormDialog>
  );
}
