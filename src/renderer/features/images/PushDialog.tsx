// Push: says where the image goes and which command does it, then runs it as an activity.
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { pushCommand } from '@shared/cli/image-commands';
import { parseReference } from '@shared/images/reference';
import { useTRPC } from '@renderer/api/trpc';
import { CommandLine } from '@renderer/components/CommandLine';
import { ConfirmDialog } from '@renderer/components/Dialog';
import { errorText } from './errors';
import { EngineError } from '../errors/EngineError';

export function PushDialog({ reference, onClose }: { reference: string; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const push = useMutation(trpc.images.transfer.push.mutationOptions());
  const parsed = parseReference(reference);
  const registry = parsed.ok ? parsed.ref.domain : '';

  return (
    <ConfirmDialog
      title={t('images.push.title', { ref: reference })}
      width={560}
      onClose={onClose}
      confirm={{
        label: t('images.push.submit'),
        disabled: push.isPending || !parsed.ok,
        onClick: () => push.mutate({ reference }, { onSuccess: onClose }),
      }}
    >
      <p>{t('images.push.explain', { ref: reference, registry })}</p>
      <p className="muted">{t('images.push.credentials', { registry })}</p>
      {!parsed.ok ? (
        <p className="inline-error" role="alert">
          {parsed.error}
        </p>
      ) : null}
      {push.error ? <EngineError role="alert" message={errorText(push.error)} /> : null}
      <CommandLine command={pushCommand(reference)} />
    </ConfirmDialog>
  );
}
