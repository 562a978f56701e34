// A labelled text input whose help and error sit under it, tied to it for screen readers
// (aria-invalid + aria-describedby).
import type { ReactNode } from 'react';

export interface LabelledInputProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The error in words; the field is marked invalid while there is one. */
  error?: string;
  placeholder?: string;
  help?: string;
  mono?: boolean;
  autoFocus?: boolean;
  list?: string;
  inputMode?: 'numeric';
  children?: ReactNode;
}

export function LabelledInput(props: LabelledInputProps) {
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
        inputMode={props.inputMode}
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
      {props.error ? (
        <p id={errorId} className="field-error">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
