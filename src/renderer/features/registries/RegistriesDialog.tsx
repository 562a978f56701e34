// Registries: log in (checked by the engine against the registry), see who you are logged in
// as where, log out. The password field is cleared after a login and never shown again.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { LogOut } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { loginInputSchema } from '@shared/api/images-transfer';
import { loginCommand, logoutCommand } from '@shared/cli/image-commands';
import { useTRPC } from '@renderer/api/trpc';
import { CommandLine } from '@renderer/components/CommandLine';
import { Dialog } from '@renderer/components/Dialog';
import { TextField } from '@renderer/components/TextField';
import { errorText } from '../images/errors';
import './registries.css';

type Field = 'server' | 'username' | 'password';

export function RegistriesDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = { remember: useId(), form: useId() };
  const [form, setForm] = useState({ server: '', username: '', password: '', remember: false });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [done, setDone] = useState<string | null>(null);
  const logins = useQuery(trpc.registries.list.queryOptions());
  const storage = useQuery(trpc.registries.storage.queryOptions());
  // Where nothing is kept beyond this session, "Remember" would promise what cannot be done.
  const sessionOnly = storage.data?.kind === 'session';
  const storageNote = !storage.data
    ? null
    : storage.data.kind === 'session'
      ? t(`registries.storage.session.${storage.data.reason ?? 'noEncryption'}`)
      : storage.data.kind === 'credential-helper'
        ? t('registries.storage.helper', { helper: storage.data.helper ?? '' })
        : t('registries.storage.keychain');
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.registries.list.queryKey() });
  const login = useMutation(trpc.registries.login.mutationOptions({ onSettled: refresh }));
  const logout = useMutation(trpc.registries.logout.mutationOptions({ onSettled: refresh }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = loginInputSchema.safeParse(form);
    if (!parsed.success) {
      const next: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) next[issue.path[0] as Field] ??= issue.message;
      setErrors(next);
      return;
    }
    setErrors({});
    login.mutate(
      { ...parsed.data, remember: parsed.data.remember && !sessionOnly },
      {
        onSuccess: (result) => {
          setForm((f) => ({ ...f, password: '' }));
          setDone(t('registries.loggedIn', { server: result.server, username: result.username }));
        },
      },
    );
  };

  const set = (field: Field) => (value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
    setDone(null);
    login.reset();
  };

  const input = (field: Field, label: string, type = 'text', help?: string) => (
    <TextField
      label={label}
      type={type}
      mono={false}
      value={form[field]}
      autoComplete={field === 'password' ? 'current-password' : field === 'username' ? 'username' : 'off'}
      placeholder={field === 'server' ? 'docker.io' : undefined}
      error={errors[field]}
      help={help}
      onChange={set(field)}
    />
  );

  return (
    <Dialog
      title={t('registries.title')}
      open
      onClose={onClose}
      width={600}
      footer={
        <button type="submit" form={ids.form} className="primary-button" disabled={login.isPending}>
          {login.isPending ? t('registries.loggingIn') : t('registries.login')}
        </button>
      }
    >
      <form id={ids.form} onSubmit={submit} noValidate className="registry-form">
        {input('server', t('registries.server'), 'text', t('registries.serverHelp'))}
        {input('username', t('registries.username'))}
        {input('password', t('registries.password'), 'password')}
        {sessionOnly ? null : (
          <label className="checkbox" htmlFor={ids.remember}>
            <input
              id={ids.remember}
              type="checkbox"
              checked={form.remember}
              onChange={(event) => setForm((f) => ({ ...f, remember: event.target.checked }))}
            />
            {t('registries.remember')}
          </label>
        )}
        <p className="help">{sessionOnly ? storageNote : t('registries.rememberHelp')}</p>
        {storageNote && !sessionOnly ? <p className="help">{storageNote}</p> : null}
        {login.error ? (
          <p className="inline-error" role="alert">
            {errorText(login.error)}
          </p>
        ) : done ? (
          <p className="ok-text" role="status">
            {done}
          </p>
        ) : null}
        <CommandLine
          command={loginCommand(form.server.trim() || 'docker.io', form.username.trim() || 'USER')}
        />
      </form>
      <h3 className="registry-heading">{t('registries.known')}</h3>
      {logins.error ? (
        <p className="inline-error">{errorText(logins.error)}</p>
      ) : (logins.data ?? []).length === 0 ? (
        <p className="muted">{t('registries.none')}</p>
      ) : (
        <ul className="registry-list" aria-label={t('registries.known')}>
          {(logins.data ?? []).map((entry) => (
            <li key={entry.server}>
              <div className="registry-who">
                <span className="mono">{entry.server}</span>
                <span className="muted">
                  {entry.username} · {t(`registries.source.${entry.source}`)}
                </span>
                <CommandLine
                  label={t('registries.logoutCommand', { server: entry.server })}
                  command={logoutCommand(entry.server)}
                />
              </div>
              {entry.source === 'berth' || entry.source === 'berth-remembered' ? (
                <button
                  type="button"
                  className="secondary-button with-icon"
                  aria-label={t('registries.logout', { server: entry.server })}
                  disabled={logout.isPending}
                  onClick={() => logout.mutate({ server: entry.server })}
                >
                  <LogOut size={14} aria-hidden="true" />
                  {t('registries.logoutShort')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {logout.error ? <p className="inline-error">{errorText(logout.error)}</p> : null}
    </Dialog>
  );
}
