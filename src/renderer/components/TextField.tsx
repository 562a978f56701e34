// One labelled text field of a dialog's form: the input, then either its problem (announced) or its
// help. Names, references and addresses are typed in monospace without spell checking.
import { useId, type HTMLInputTypeAttribute } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** What is wrong with the value, shown instead of the help. */
  error?: string | null;
  help?: string | null;
  /** Monospace (names, ids, addresses); off for plain words such as a user name. */
  mono?: boolean;
  type?: HTMLInputTypeAttribute;
  autoFocus?: boolean;
  readOnly?: boolean;
  autoComplete?: string;
  placeholder?: string;
}

export function TextField({ label, value, onChange, error, help, mono = true, ...input }: TextFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className={mono ? 'mono' : undefined}
        value={value}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
        {...input}
      />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : help ? (
        <p className="help">{help}</p>
      ) : null}
    </div>
  );
}
