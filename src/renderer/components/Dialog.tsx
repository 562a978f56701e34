// An accessible modal dialog on the native <dialog> element: focus is trapped by the browser,
// Escape closes it, and it is named by its title (role "dialog" with that name).
import { X, type LucideIcon } from 'lucide-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogProps {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  /** Buttons shown at the bottom right. */
  footer?: ReactNode;
  width?: number;
}

export function Dialog({ title, open, onClose, children, footer, width = 640 }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      style={{ width }}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open ? (
        <>
          <header className="dialog-header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="icon-button" aria-label={t('common.close')} onClick={onClose}>
              <X size={18} aria-hidden="true" />
            </button>
          </header>
          <div className="dialog-body">{children}</div>
          {footer ? <footer className="dialog-footer">{footer}</footer> : null}
        </>
      ) : null}
    </dialog>
  );
}

interface DialogActionsProps {
  onCancel: () => void;
  /** Defaults to "Cancel"; e.g. "Close" once the work is done. */
  cancelLabel?: string;
  cancelDisabled?: boolean;
  /** The confirming button; none when only closing is left. */
  confirm?: {
    label: string;
    /** An icon before the label. */
    icon?: LucideIcon;
    danger?: boolean;
    disabled?: boolean;
    /** Submits this form (so Enter in a field confirms); otherwise `onClick` runs. */
    form?: string;
    onClick?: () => void;
  };
  /** Extra buttons or notes, shown before Cancel. */
  children?: ReactNode;
}

/** The usual footer: Cancel, then the one button that does the dialog's work. */
export function DialogActions({
  onCancel,
  cancelLabel,
  cancelDisabled,
  confirm,
  children,
}: DialogActionsProps) {
  const { t } = useTranslation();
  const ConfirmIcon = confirm?.icon;
  return (
    <>
      {children}
      <button type="button" className="secondary-button" disabled={cancelDisabled} onClick={onCancel}>
        {cancelLabel ?? t('common.cancel')}
      </button>
      {confirm ? (
        <button
          type={confirm.form ? 'submit' : 'button'}
          form={confirm.form}
          className={`${confirm.danger ? 'danger-button' : 'primary-button'}${ConfirmIcon ? ' with-icon' : ''}`}
          disabled={confirm.disabled}
          onClick={confirm.form ? undefined : confirm.onClick}
        >
          {ConfirmIcon ? <ConfirmIcon size={15} aria-hidden="true" /> : null}
          {confirm.label}
        </button>
      ) : null}
    </>
  );
}

/**
 * An open dialog whose footer is the usual Cancel and confirm (mount it to show it). Once the work
 * is done (`finished` names the closing button, e.g. "Close"), only that button is left.
 */
export function ConfirmDialog({
  title,
  onClose,
  width = 560,
  confirm,
  finished,
  children,
}: {
  title: string;
  onClose: () => void;
  width?: number;
  /** None while there is nothing to confirm yet (e.g. the preview is loading). */
  confirm?: DialogActionsProps['confirm'];
  finished?: string | null;
  children: ReactNode;
}) {
  return (
    <Dialog
      open
      title={title}
      onClose={onClose}
      width={width}
      footer={
        <DialogActions
          onCancel={onClose}
          cancelLabel={finished ?? undefined}
          confirm={finished ? undefined : confirm}
        />
      }
    >
      {children}
    </Dialog>
  );
}

/**
 * A ConfirmDialog around one form: the confirm button submits it, and so does Enter in a field.
 * `onEdit` runs on any change in the form, so the outcome of the last attempt (an engine error,
 * "Cloned") goes as soon as the user changes what it was about.
 */
export function FormDialog({
  submit,
  onSubmit,
  onEdit,
  children,
  ...dialog
}: {
  title: string;
  onClose: () => void;
  width?: number;
  finished?: string | null;
  submit: { label: string; disabled?: boolean };
  onSubmit: () => void;
  onEdit?: () => void;
  children: ReactNode;
}) {
  const formId = useId();
  return (
    <ConfirmDialog {...dialog} confirm={{ ...submit, form: formId }}>
      <form
        id={formId}
        noValidate
        onChange={onEdit}
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        {children}
      </form>
    </ConfirmDialog>
  );
}
