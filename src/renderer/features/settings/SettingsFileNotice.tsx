// Says, in words, that the settings file was unusable at start: defaults are in use and where the
// old file was kept (settings.json.bak). Dismissing forgets it until the next unusable file.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '@renderer/api/trpc';

export function SettingsFileNotice() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notice = useQuery(trpc.settings.notice.queryOptions());
  const dismiss = useMutation(
    trpc.settings.dismissNotice.mutationOptions({
      onSuccess: () => queryClient.setQueryData(trpc.settings.notice.queryKey(), null),
    }),
  );
  const value = notice.data;
  if (!value) return null;
  return (
    <div className="card settings-notice" role="alert" aria-labelledby="settings-notice-text">
      <p id="settings-notice-text">
        {value.reason === 'not-json'
          ? t('settingsFile.resetNotJson')
          : t('settingsFile.resetInvalid', { detail: value.detail ?? '' })}{' '}
        {value.backup
          ? t('settingsFile.keptAs', { path: value.backup })
          : t('settingsFile.notKept', { path: value.file })}
      </p>
      <div className="actions">
        <button
          type="button"
          className="secondary-button"
          disabled={dismiss.isPending}
          onClick={() => dismiss.mutate()}
        >
          {t('settingsFile.dismiss')}
        </button>
        {dismiss.error ? (
          <span role="alert" className="inline-error">
            {dismiss.error.message}
          </span>
        ) : null}
      </div>
    </div>
  );
}
