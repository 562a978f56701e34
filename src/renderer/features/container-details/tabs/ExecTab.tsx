// Exec: a shell in the running container. Choose the shell (automatic picks bash when the
// container has it, else sh) and the user; "New session" opens a fresh one with them.
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { execUserSchema, type ExecStarted } from '../../../../shared/api/container-details';
import { execCommand } from '../../../../shared/cli/details-commands';
import { CommandLine } from '../../../components/CommandLine';
import { ExecTerminal, type ExecRequest } from './ExecTerminal';

interface Props {
  containerId: string;
  name: string;
  running: boolean;
}

export function ExecTab({ containerId, name, running }: Props) {
  const { t } = useTranslation();
  const [shell, setShell] = useState<ExecRequest['shell']>('auto');
  const [user, setUser] = useState('root');
  const [request, setRequest] = useState<ExecRequest & { key: number }>({
    containerId,
    shell: 'auto',
    user: 'root',
    key: 0,
  });
  const [session, setSession] = useState<ExecStarted | null>(null);
  const userError = execUserSchema.safeParse(user).success ? null : t('details.exec.userInvalid');

  if (!running)
    return (
      <div className="card empty-card">
        <p>
          <strong>{t('details.notRunning')}</strong>
        </p>
        <p className="muted">{t('details.notRunningHelp')}</p>
      </div>
    );

  const newSession = () => {
    if (userError) return;
    setSession(null);
    setRequest((previous) => ({ containerId, shell, user: user.trim(), key: previous.key + 1 }));
  };

  const shownShell = session?.shell ?? (shell === 'auto' ? 'sh' : shell);
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
            size={12}
            aria-invalid={userError ? true : undefined}
            aria-describedby={userError ? 'exec-user-error' : undefined}
            onChange={(event) => setUser(event.target.value)}
          />
        </label>
        <button type="submit" className="secondary-button with-icon" disabled={Boolean(userError)}>
          <Plus size={15} aria-hidden="true" />
          {t('details.exec.newSession')}
        </button>
        {userError ? (
          <p id="exec-user-error" className="field-error">
            {userError}
          </p>
        ) : null}
      </form>
      <ExecTerminal key={request.key} request={request} onSession={setSession} />
      <CommandLine command={execCommand(name, shownShell, session?.user ?? request.user)} />
    </div>
  );
}
