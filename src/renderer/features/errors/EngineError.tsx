// An engine error in words: for errors Berth recognises, a sentence that says what happened and
// what to do (in the user's language), with the engine's own text one click away; otherwise the
// engine's text as it is.
import { useTranslation } from 'react-i18next';
import { engineHint } from '@shared/errors/engine-hints';

interface EngineErrorProps {
  message: string;
  /** 'alert' where the error appears after an action, so screen readers announce it. */
  role?: 'alert';
  id?: string;
}

export function EngineError({ message, role, id }: EngineErrorProps) {
  const { t } = useTranslation();
  const hint = engineHint(message);
  if (!hint)
    return (
      <div className="inline-error" role={role} id={id}>
        {message}
      </div>
    );
  return (
    <div className="inline-error engine-error" role={role} id={id}>
      <span>{t(`errorHints.${hint.key}`, hint.params)}</span>
      <details className="engine-error-raw">
        <summary>{t('errorHints.engineWords')}</summary>
        <code>{message}</code>
      </details>
    </div>
  );
}

/** For one-line places (a list row): the sentence, and the engine's words as a tooltip. */
export function useEngineErrorWords(message: string): { text: string; raw: string } {
  const { t } = useTranslation();
  const hint = engineHint(message);
  return { text: hint ? t(`errorHints.${hint.key}`, hint.params) : message, raw: message };
}
