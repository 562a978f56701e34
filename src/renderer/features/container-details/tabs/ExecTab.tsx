// Exec: shells in the running container, several side by side. Choose the shell (automatic picks
// bash when the container has it, else sh) and the user; "New session" opens another one and
// keeps the others running. Inactive sessions are hidden, not unmounted, so each keeps its
// screen and its connection; closing one ends its shell.
import { Plus, ShieldAlert } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { execUserSchema, type ExecStarted } from '@shared/api/container-details';
import { execCommand } from '@shared/cli/details-commands';
import { CommandLine } from '@renderer/components/CommandLine';
import { IconTextButton } from '@renderer/components/IconTextButton';
import { ExecSessionStrip, sessionPanelId, sessionTabId } from './ExecSessionStrip';
import { ExecTerminal, type ExecRequest } from './ExecTerminal';
import type { SessionEnd } from './terminal-bridge';
import './sessions.css';
import { EmptyCard } from '@renderer/components/EmptyCard';
import type { LiveTabProps } from './tab-props';

/** Each session holds a terminal, a scrollback and a socket; a handful is what anyone watches. */
export const MAX_EXEC_SESSIONS = 8;

interface Session {
  n: number;
  request: ExecRequest;
  started: ExecStarted | null;
  end: SessionEnd | null;
}

export function ExecTab({ containerId, name, running }: LiveTabProps) {
  const { t } = useTranslation();
  if (!running) return <EmptyCard title={t('details.notRunning')} help={t('details.notRunningHelp')} />;

  // Sessions live only while the container runs: after a restart, start over with one shell.
  return <ExecSessions containerId={containerId} name={name} />;
}

function ExecSessions({ containerId, name }: Omit<LiveTabProps, 'running'>) {
  const { t } = useTranslation();
  const [shell, setShell] = useState<ExecRequest['shell']>('auto');
  // Empty means the container's own user, as `docker exec` without -u.
  const [user, setUser] = useState('');
  const [sessions, setSessions] = useState<Session[]>(() => [
    { n: 1, request: { containerId, shell: 'auto', user: '' }, started: null, end: null },
  ]);
  const [active, setActive] = useState<number | null>(1);
  const nextNumber = useRef(2);
  const userError = execUserSchema.safeParse(user).success ? null : t('details.exec.userInvalid');
  const full = sessions.length >= MAX_EXEC_SESSIONS;

  const update = (n: number, patch: Partial<Session>) =>
    setSessions((all) => all.map((session) => (session.n === n ? { ...session, ...patch } : session)));

  const newSession = (asUser = user.trim()) => {
    if (userError || full) return;
    const n = nextNumber.current++;
    setSessions((all) => [
      ...all,
      { n, request: { containerId, shell, user: asUser }, started: null, end: null },
    ]);
    setActive(n);
  };

  // Closing unmounts the terminal: its subscription stops, which ends the shell on the server.
  const close = (n: number) => {
    const index = sessions.findIndex((session) => session.n === n);
    const rest = sessions.filter((session) => session.n !== n);
    setSessions(rest);
    if (active === n) setActive((rest[index] ?? rest[index - 1])?.n ?? null);
  };

  const label = (session: Session) => {
    const shellName =
      session.started?.shell ??
      (session.request.shell === 'auto' ? t('details.exec.shellPending') : session.request.shell);
    const base = `${shellName} #${session.n}`;
    if (!session.end) return base;
    if (session.end.type === 'lost') return t('details.exec.tabLost', { name: base });
    return session.end.type === 'exit' && session.end.code !== null
      ? t('details.exec.tabExited', { name: base, code: session.end.code })
      : t('details.exec.tabExitedUnknown', { name: base });
  };

  const current = sessions.find((session) => session.n === active);
  const shownShell = current?.started?.shell ?? (shell === 'auto' ? 'sh' : shell);
  const shownUser = current?.started?.user ?? current?.request.user ?? user.trim();
  return (
    <div className="exec-tab">
      <form
        className="toolbar terminal-toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          newSession();
        }}
        noValidate
      >
        <label className="inline-field">
          <span>{t('details.exec.shell')}</span>
          <select value={shell} onChange={(event) => setShell(event.target.value as ExecRequest['shell'])}>
            <option value="auto">{t('details.exec.shellAuto')}</option>
            <option value="bash">bash</option>
            <option value="sh">sh</option>
          </select>
        </label>
        <label className="inline-field">
          <span>{t('details.exec.user')}</span>
          <input
            type="text"
            value={user}
            size={14}
            placeholder={t('details.exec.userPlaceholder')}
            title={t('details.exec.userHelp')}
            aria-invalid={userError ? true : undefined}
            aria-describedby={userError ? 'exec-user-error' : full ? 'exec-limit' : undefined}
            onChange={(event) => setUser(event.target.value)}
          />
        </label>
        <IconTextButton
          type="submit"
          icon={Plus}
          disabled={Boolean(userError) || full}
          aria-describedby={full ? 'exec-limit' : undefined}
        >
          {t('details.exec.newSession')}
        </IconTextButton>
        <IconTextButton icon={ShieldAlert} disabled={full} onClick={() => newSession('root')}>
          {t('details.exec.asRoot')}
        </IconTextButton>
        {full ? (
          <span id="exec-limit" className="muted session-limit" role="status">
            {t('details.exec.limit', { count: MAX_EXEC_SESSIONS })}
          </span>
        ) : null}
        {userError ? (
          <p id="exec-user-error" className="field-error">
            {userError}
          </p>
        ) : null}
      </form>

      {sessions.length ? (
        <div className="exec-sessions">
          <ExecSessionStrip
            sessions={sessions.map((session) => ({
              n: session.n,
              label: label(session),
              ended: !!session.end,
            }))}
            active={active}
            onSelect={setActive}
            onClose={close}
          />
          {sessions.map((session) => (
            <div
              key={session.n}
              id={sessionPanelId(session.n)}
              role="tabpanel"
              aria-labelledby={sessionTabId(session.n)}
              className="exec-session-panel"
              hidden={session.n !== active}
            >
              <ExecTerminal
                request={session.request}
                visible={session.n === active}
                onSession={(started) => update(session.n, { started })}
                onEnd={(end) => update(session.n, { end })}
              />
            </div>
          ))}
        </div>
      ) : (
        <EmptyCard title={t('details.exec.noSessions')} help={t('details.exec.noSessionsHelp')} />
      )}
      <CommandLine command={execCommand(name, shownShell, shownUser)} />
    </div>
  );
}
