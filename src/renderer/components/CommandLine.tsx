// The docker command that does the same as an action, with a copy button: Berth teaches the CLI.
import { Check, Copy } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function CommandLine({ command, label }: { command: string; label?: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(command);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="command-line" role="group" aria-label={label ?? t('common.dockerCommand')}>
      <code>{command}</code>
      <button
        type="button"
        className="icon-button"
        onClick={() => void copy()}
        aria-label={t('common.copyCommand')}
      >
        {copied ? <Check size={16} aria-hidden="true" /> : <Copy size={16} aria-hidden="true" />}
      </button>
      <span className="visually-hidden" role="status">
        {copied ? t('common.copied') : ''}
      </span>
    </div>
  );
}
