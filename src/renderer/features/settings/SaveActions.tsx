// A Settings form's Save button with its answer beside it: "Saved." or the error in words.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function SaveActions(props: {
  pending: boolean;
  saved: boolean;
  error: string | null;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type="submit" className="primary-button" disabled={props.pending}>
        {t('common.save')}
      </button>
      {props.children}
      {props.saved ? <span role="status">{t('settings.saved')}</span> : null}
      {props.error ? (
        <span role="alert" className="inline-error">
          {props.error}
        </span>
      ) : null}
    </div>
  );
}
