// Settings: the image of the helper container that backs up, restores and clones volumes.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { referenceError } from '@shared/images/reference';
import { useTRPC } from '@renderer/api/trpc';
import { errorText } from '../images/errors';

export function HelperImageForm() {
  const trpc = useTRPC();
  const settings = useQuery(trpc.settings.get.queryOptions());
  if (!settings.data) return null;
  // Not keyed by the saved value: saving would remount the form and lose its "Saved." line.
  return <Form initial={settings.data.volumeHelperImage} />;
}

function Form({ initial }: { initial: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const inputId = useId();
  const helpId = useId();
  const [image, setImage] = useState(initial);
  const fieldError = image.trim() ? referenceError(image.trim()) : t('volumeManage.helperImageRequired');
  const update = useMutation(
    trpc.settings.update.mutationOptions({
      onSuccess: (next) => queryClient.setQueryData(trpc.settings.get.queryKey(), next),
    }),
  );
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (fieldError) return;
    update.mutate({ volumeHelperImage: image.trim() });
  };
  return (
    <form className="card" onSubmit={save} noValidate>
      <h2>{t('nav.volumes')}</h2>
      <div className="field">
        <label htmlFor={inputId}>{t('volumeManage.helperImage')}</label>
        <input
          id={inputId}
          className="mono"
          value={image}
          spellCheck={false}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={helpId}
          onChange={(event) => {
            setImage(event.target.value);
            update.reset();
          }}
        />
        <p id={helpId} className={fieldError ? 'field-error' : 'help'}>
          {fieldError ?? t('volumeManage.helperImageHelp')}
        </p>
      </div>
      <div className="actions">
        <button type="submit" className="primary-button" disabled={update.isPending || !!fieldError}>
          {t('volumeManage.helperImageSave')}
        </button>
        {update.isSuccess ? <span role="status">{t('settings.saved')}</span> : null}
        {update.error ? (
          <span role="alert" className="inline-error">
            {errorText(update.error)}
          </span>
        ) : null}
      </div>
    </form>
  );
}
