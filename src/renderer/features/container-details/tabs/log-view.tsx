// What every log view (a container's Logs tab, a compose project's merged logs) shares: the
// read-only terminal, the toolbar's search, copy and download, and the region tools watch
// (`data-line-count` says how many lines are shown, so they can tell when a log has arrived).
import { Copy, Download } from 'lucide-react';
import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { saveBlob } from '@renderer/api/binary';
import { IconButton } from '@renderer/components/IconButton';
import { TerminalSearch } from './TerminalSearch';
import { terminalText, useTerminal, type TerminalHandle } from './use-terminal';

/** A terminal that only shows output: no cursor, no input, "\n" ends a line. */
export function useLogTerminal(scrollback: number) {
  return useTerminal({
    disableStdin: true,
    // Log blocks end lines with "\n" alone (a TTY's "\r\n" still works).
    convertEol: true,
    cursorBlink: false,
    cursorInactiveStyle: 'none',
    scrollback,
  });
}

/** The toolbar's end: search, copy (the selection, or everything shown), download, then `children`. */
export function LogActions({
  handle,
  fileName,
  onCopied,
  children,
}: {
  handle: TerminalHandle | null;
  fileName: string;
  onCopied?: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const copy = async () => {
    if (!handle) return;
    await navigator.clipboard.writeText(terminalText(handle.term, true)).catch(() => undefined);
    onCopied?.();
  };
  const download = () => {
    if (!handle) return;
    const text = terminalText(handle.term, false);
    saveBlob(new Blob([text], { type: 'text/plain;charset=utf-8' }), fileName);
  };
  return (
    <div className="toolbar-end">
      <TerminalSearch search={handle?.search ?? null} />
      <IconButton
        label={t('details.logs.copy')}
        title={t('details.logs.copyHint')}
        icon={Copy}
        onClick={() => void copy()}
      />
      <IconButton label={t('details.logs.download')} icon={Download} onClick={download} />
      {children}
    </div>
  );
}

/** The terminal's frame, a log region named `label` that starts with no lines. */
export function LogRegion({
  label,
  regionRef,
  hostRef,
}: {
  label: string;
  regionRef: RefObject<HTMLDivElement | null>;
  hostRef: RefObject<HTMLDivElement | null>;
}) {
  return (
    <div
      ref={regionRef}
      className="terminal-frame"
      role="log"
      aria-label={label}
      aria-live="off"
      data-line-count="0"
    >
      <div ref={hostRef} className="terminal-host" />
    </div>
  );
}
