// Remove one network after a confirmation that names it; the engine's refusal (containers still
// on it) is shown in words naming them.
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { networkRemoveCommand } from '@shared/cli/network-commands';
import { useTRPC } from '@renderer/api/trpc';
import { CommandLine } from '@renderer/components/CommandLine';
import { ConfirmDialog } from '@renderer/components/Dialog';
import { EngineError } from '../errors/EngineError';
import { errorText } from '../images/errors';

export function RemoveNetworkDialog({
  id,
  name,
  onClose,
}: {
  id: string;
  name: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const remove = useMutation(trpc.networks.remove.mutationOptions());
  return (
    <ConfirmDialog
      title={t('networkManage.removeTitle', { name })}
      onClose={onClose}
      width={520}
      finished={remove.isSuccess ? t('networkManage.finish') : null}
      confirm={{
        label: t('networkManage.removeSubmit'),
        danger: true,
        disabled: remove.isPending,
        onClick: () => remove.mutate({ id }),
      }}
    >
      <p>{t('networkManage.removeIntro', { name })}</p>
      {remove.isSuccess ? (
        <p role="status" className="resource-done">
          {t('networkManage.removed', { name })}
        </p>
      ) : null}
      {remove.error ? <EngineError role="alert" message={errorText(remove.error)} /> : null}
      <CommandLine command={networkRemoveCommand([name])} />
    </ConfirmDialog>
  );
}
