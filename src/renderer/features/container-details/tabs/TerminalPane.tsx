// The frame around one session's xterm (exec or attach): the terminal, an error in words, and a
// footer with the session's status and copy/paste (also Ctrl+Shift+C / Ctrl+Shift+V, as in
// desktop terminals). A hidden pane keeps its terminal; shown again, it refits and takes focus.
import { ClipboardPaste, Copy } from 'lucide-react';
import { useEffect, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TerminalHandle } from './use-terminal';

interface Props {
  hostRef: RefObject<HTMLDivElement | null>;
  handle: TerminalHandle | null;
  label: string;
  status: string;
  ended: boolean;
  error: string | null;
  visible?: boolean;
  /** Shown before copy/paste in the footer (e.g. Detach). */
  actions?: ReactNode;
}

function copySelection(handle: TerminalHandle | null): void {
  if (handle) void navigator.clipboard.writeText(handle.term.getSelection()).catch(() => undefined);
}

function paste(handle: TerminalHandle | null): void {
  if (!handle) return;
  void navigator.clipboard.readText().then(
    (text) => handle.term.paste(text),
    () => undefined,
  );
}

export function TerminalPane({
  hostRef,
  handle,
  label,
  status,
  ended,
  error,
  visible = true,
  actions,
}: Props) {
  const { t } = useTranslation();

  useEffect(() => {
    if (!handle) return;
    handle.term.attachCustomKeyEventHandler((event) => {
      if (event.type !== 'keydown' || !event.ctrlKey || !event.shiftKey) return true;
      if (event.code === 'KeyC') copySelection(handle);
      else if (event.code === 'KeyV') paste(handle);
      else return true;
      return false;
    });
  }, [handle]);

  // Hidden panes measure 0×0 and skip fitting; fit to the real size once shown again.
  useEffect(() => {
    if (!handle || !visible) return;
    const frame = requestAnimationFrame(() => {
      const element = hostRef.current;
      if (element && element.clientWidth > 0 && element.clientHeight > 0) handle.fit.fit();
      handle.term.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [handle, visible, hostRef]);

  return (
    <div className="exec-session">
      <div className="terminal-frame" role="group" aria-label={label}>
        <div ref={hostRef} className="terminal-host" />
      </div>
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="terminal-footer">
        <span className={ended ? 'exit-status' : 'muted'} role="status">
          {status}
        </span>
        <span className="footer-actions">
          {actions}
          <button
            type="button"
            className="icon-button"
            aria-label={t('details.exec.copy')}
            title={`${t('details.exec.copy')} (Ctrl+Shift+C)`}
            onClick={() => copySelection(handle)}
          >
            <Copy size={16} aria-hidden="true" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('details.exec.paste')}
            title={`${t('details.exec.paste')} (Ctrl+Shift+V)`}
            onClick={() => paste(handle)}
          >
            <ClipboardPaste size={16} aria-hidden="true" />
          </button>
        </span>
      </div>
    </div>
  );
}
