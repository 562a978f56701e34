// Labelled form fields whose errors sit on the field (aria-invalid + aria-describedby).
import { useTranslation } from 'react-i18next';
import { LabelledInput, type LabelledInputProps } from '@renderer/components/LabelledInput';

export function FieldError({ id, code }: { id: string; code?: string }) {
  const { t } = useTranslation();
  if (!code) return null;
  return (
    <p id={id} className="field-error">
      {t(`runErrors.${code}`)}
    </p>
  );
}

/** A labelled input whose error is a code of the Run form's checks (runErrors.*). */
export function TextField({ error, ...props }: LabelledInputProps) {
  const { t } = useTranslation();
  return <LabelledInput {...props} error={error ? t(`runErrors.${error}`) : undefined} />;
}

export function CheckField(props: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="run-check">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      {props.label}
    </label>
  );
}
