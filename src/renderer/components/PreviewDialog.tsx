// A destructive dialog that says what it will delete before it does (prune, remove several): the
// choices that shape the list, the list itself (or that it is loading or empty), then what was done
// and what was kept and why; the engine's error in words; and the docker line that does the same.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EngineError } from '../features/errors/EngineError';
import { CommandLine } from './CommandLine';
import { ConfirmDialog } from './Dialog';

export interface PreviewOutcome {
  /** What was deleted (and freed). */
  done: string;
  /** What the engine kept, with its reasons; null when everything went. */
  kept: string | null;
}

interface PreviewDialogProps {
  title: string;
  width: number;
  onClose: () => void;
  /** The delete button; none while there is nothing to confirm yet. */
  confirm?: { label: string; disabled: boolean; onClick: () => void };
  /** The closing button's name once the outcome is in. */
  finishLabel: string;
  outcome?: PreviewOutcome | null;
  /** Choices above the preview that change it (which images, whether volumes go too). */
  options?: ReactNode;
  loading?: boolean;
  /** Said instead of the preview when nothing would be deleted. */
  nothing?: string | null;
  error?: string | null;
  command: string;
  /** The preview: what will be deleted. */
  children: ReactNode;
}

export function PreviewDialog(props: PreviewDialogProps) {
  const { t } = useTranslation();
  const { outcome } = props;
  return (
    <ConfirmDialog
      title={props.title}
      onClose={props.onClose}
      width={props.width}
      finished={outcome ? props.finishLabel : null}
      confirm={props.confirm ? { ...props.confirm, danger: true } : undefined}
    >
      {props.options}
      {outcome ? (
        <>
          <p role="status" className="resource-done">
            {outcome.done}
          </p>
          {outcome.kept ? (
            <p className="inline-error" role="alert">
              {outcome.kept}
            </p>
          ) : null}
        </>
      ) : props.loading ? (
        <p className="muted">{t('common.loading')}</p>
      ) : props.nothing ? (
        <p className="muted">{props.nothing}</p>
      ) : (
        props.children
      )}
      {props.error ? <EngineError role="alert" message={props.error} /> : null}
      <CommandLine command={props.command} />
    </ConfirmDialog>
  );
}
