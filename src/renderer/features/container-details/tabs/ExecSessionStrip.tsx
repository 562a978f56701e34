// The Exec tab's session strip: one tab per shell ("sh #1", "bash #2 (exited 0)") with a close
// button each. A real tab list: arrow keys, Home/End move between sessions, Delete closes one.
import { SquareTerminal, X } from 'lucide-react';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IconOnlyButton } from '@renderer/components/IconOnlyButton';

export interface StripSession {
  n: number;
  label: string;
  ended: boolean;
}

interface Props {
  sessions: StripSession[];
  active: number | null;
  onSelect: (n: number) => void;
  onClose: (n: number) => void;
}

export const sessionTabId = (n: number) => `exec-session-tab-${n}`;
export const sessionPanelId = (n: number) => `exec-session-panel-${n}`;

export function ExecSessionStrip({ sessions, active, onSelect, onClose }: Props) {
  const { t } = useTranslation();
  const tabs = useRef(new Map<number, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent) => {
    const index = sessions.findIndex((session) => session.n === active);
    if (index < 0) return;
    if (event.key === 'Delete') {
      event.preventDefault();
      onClose(sessions[index]!.n);
      return;
    }
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const jump = event.key === 'Home' ? 0 : event.key === 'End' ? sessions.length - 1 : null;
    if (!step && jump === null) return;
    event.preventDefault();
    const next = sessions[jump ?? (index + step + sessions.length) % sessions.length]!;
    onSelect(next.n);
    tabs.current.get(next.n)?.focus();
  };

  return (
    <div
      className="session-strip"
      role="tablist"
      aria-label={t('details.exec.sessions')}
      onKeyDown={onKeyDown}
    >
      {sessions.map((session) => {
        const selected = session.n === active;
        return (
          <div
            key={session.n}
            className={`session-tab${selected ? ' selected' : ''}${session.ended ? ' ended' : ''}`}
          >
            <button
              type="button"
              role="tab"
              ref={(node) => {
                if (node) tabs.current.set(session.n, node);
                else tabs.current.delete(session.n);
              }}
              id={sessionTabId(session.n)}
              aria-selected={selected}
              aria-controls={sessionPanelId(session.n)}
              tabIndex={selected ? 0 : -1}
              className="session-select"
              onClick={() => onSelect(session.n)}
            >
              <SquareTerminal size={14} aria-hidden="true" />
              <span className="truncate">{session.label}</span>
            </button>
            <IconOnlyButton
              icon={X}
              iconSize={13}
              className="session-close"
              label={t('details.exec.close', { name: session.label })}
              tabIndex={selected ? 0 : -1}
              onClick={() => onClose(session.n)}
            />
          </div>
        );
      })}
    </div>
  );
}
