// Factory reset: names exactly what will be deleted (from the provider), and deletes it only
// once confirmed.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '@renderer/api/trpc';
import { ConfirmDialog } from '@renderer/components/Dialog';

export function ResetDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const lost = useQuery({ ...trpc.providers.describeReset.queryOptions(), staleTime: 0 });
  const reset = useMutation(trpc.providers.factoryReset.mutationOptions({ onSuccess: onClose }));
  return (
    <ConfirmDialog
      title={t('provider.resetTitle')}
      width={560}
      onClose={onClose}
      confirm={{
        label: t('provider.resetConfirm'),
        danger: true,
        disabled: !lost.data || reset.isPending,
        onClick: () => reset.mutate({ confirm: true }),
      }}
    >
      <p>{t('provider.resetIntro')}</p>
      {lost.data ? (
        <ul aria-label={t('provider.resetTitle')}>
          {lost.data.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p>{t('provider.resetLoading')}</p>
      )}
      {lost.error || reset.error ? (
        <p className="inline-error" role="alert">
          {(reset.error ?? lost.error)?.message}
        </p>
      ) : null}
    </ConfirmDialog>
  );
}
