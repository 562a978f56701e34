// The Pull field: validated as you type with the CLI's reasons, then a pull activity.
import { useMutation } from '@tanstack/react-query';
import { Download } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { referenceError } from '@shared/images/reference';
import { useTRPC } from '@renderer/api/trpc';
import { errorText } from './errors';
import { PullProgress } from './PullProgress';
import { useActivity } from '../activity/use-activities';
import { EngineError } from '../errors/EngineError';

export function PullForm() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [value, setValue] = useState('');
  const [touched, setTouched] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [activityId, setActivityId] = useState<string | null>(null);
  // The reference stays in the field until its pull has succeeded, so a failed one can be fixed
  // and tried again (state adjusted while rendering, as React advises).
  const [pulled, setPulled] = useState<string | null>(null);
  const activity = useActivity(activityId);
  if (pulled !== null && activity?.state === 'succeeded') {
    setPulled(null);
    if (value.trim() === pulled) {
      setValue('');
      setTouched(false);
    }
  }
  const errorId = useId();
  const pull = useMutation(trpc.images.transfer.pull.mutationOptions());

  const fieldError =
    value.trim() === '' ? (touched ? t('images.pull.required') : null) : referenceError(value);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (value.trim() === '' || referenceError(value)) return;
    const reference = value.trim();
    pull.mutate(
      { reference },
      {
        onSuccess: (started) => {
          setActivityId(started.activityId);
          setPulled(reference);
          setNotice(t('images.pull.started', { ref: reference }));
        },
      },
    );
  };

  const shown = fieldError ?? (pull.error ? errorText(pull.error) : null);
  return (
    <form className="pull-form" onSubmit={submit} noValidate>
      <div className="pull-row">
        <input
          className="boxed-input pull-input mono"
          aria-label={t('images.pull.label')}
          placeholder={t('images.pull.placeholder')}
          value={value}
          spellCheck={false}
          autoCapitalize="off"
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={shown ? errorId : undefined}
          onChange={(event) => {
            setValue(event.target.value);
            setNotice(null);
            pull.reset();
          }}
          onBlur={() => setTouched(value !== '')}
        />
        <button type="submit" className="primary-button with-icon" disabled={pull.isPending}>
          <Download size={15} aria-hidden="true" />
          {t('images.pull.button')}
        </button>
      </div>
      {pull.error && !fieldError ? (
        <EngineError id={errorId} role="alert" message={errorText(pull.error)} />
      ) : shown ? (
        <p id={errorId} className="field-error" role="alert">
          {shown}
        </p>
      ) : notice ? (
        <p className="visually-hidden" role="status">
          {notice}
        </p>
      ) : null}
      {activityId && !fieldError ? <PullProgress activityId={activityId} /> : null}
    </form>
  );
}
