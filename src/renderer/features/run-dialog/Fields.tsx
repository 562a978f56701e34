// Labelled form fields whose errors sit on the field (aria-invalid + aria-describedby).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function FieldError({ id, code }: { id: string; code?: string }) {
  const { t } = useTranslation();
  if (!code) return null;
  return (
    <p id={id} className="field-error">
      {t(`runErrors.${code}`)}
    </p>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  placeholder?: string;
  help?: string;
  mono?: boolean;
  autoFocus?: boolean;
  list?: string;
  children?: ReactNode;
}

export function TextField(props: TextFieldProps) {
  const errorId = `${props.id}-error`;
  const helpId = `${props.id}-help`;
  const describedBy = [props.error ? errorId : null, props.help ? helpId : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        value={props.value}
        placeholder={props.placeholder}
        className={props.mono ? 'mono' : undefined}
        autoFocus={props.autoFocus}
        list={props.list}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {props.children}
      {props.help ? (
        <p id={helpId} className="help">
          {props.help}
        </p>
      ) : null}
      <FieldError id={errorId} code={props.error} />
    </div>
  );
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
