// The containers on a network (as `docker network inspect` lists them), each with Disconnect, and
// a form that connects another container with optional aliases.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { networkConnectCommand, networkDisconnectCommand } from '@shared/cli/network-commands';
import { useContainers } from '@renderer/api/hooks';
import { useTRPC } from '@renderer/api/trpc';
import { CommandLine } from '@renderer/components/CommandLine';
import { Dialog } from '@renderer/components/Dialog';
import { EngineError } from '../errors/EngineError';
import { errorText } from '../images/errors';

export function MembersDialog({ id, name, onClose }: { id: string; name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = { form: useId(), container: useId(), aliases: useId() };
  const members = useQuery({ ...trpc.networks.members.queryOptions({ id }), staleTime: 0 });
  const { data: containers = [] } = useContainers();
  const [container, setContainer] = useState('');
  const [aliases, setAliases] = useState('');
  const [said, setSaid] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.networks.members.queryKey({ id }) });
  const connect = useMutation(trpc.networks.connect.mutationOptions({ onSuccess: refresh }));
  const disconnect = useMutation(trpc.networks.disconnect.mutationOptions({ onSuccess: refresh }));
  const aliasList = aliases.split(/\s+/).filter(Boolean);
  const list = members.data ?? [];
  const onIt = new Set(list.map((member) => member.id));
  const candidates = containers.filter((c) => !onIt.has(c.id)).sort((a, b) => a.name.localeCompare(b.name));
  const chosen = containers.find((c) => c.id === container);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    disconnect.reset();
    connect.mutate(
      { id, container: chosen.id, aliases: aliasList },
      {
        onSuccess: () => {
          setSaid(t('networkManage.connected', { name: chosen.name }));
          setContainer('');
          setAliases('');
        },
      },
    );
  };

  return (
    <Dialog title={t('networkManage.membersTitle', { name })} open onClose={onClose} width={600}>
      {members.error ? (
        <EngineError role="alert" message={errorText(members.error)} />
      ) : members.isLoading ? (
        <p className="muted">{t('common.loading')}</p>
      ) : list.length === 0 ? (
        <p className="muted">{t('networkManage.membersEmpty')}</p>
      ) : (
        <ul className="used-by" aria-label={t('networkManage.membersTitle', { name })}>
          {list.map((member) => (
            <li key={member.id}>
              <span>
                <Link to={`/containers/${member.id}`} onClick={onClose}>
                  {member.name}
                </Link>{' '}
                <span className="mono muted">{member.ipv4}</span>
              </span>
              <button
                type="button"
                className="secondary-button"
                aria-label={t('networkManage.disconnect', { name: member.name })}
                title={networkDisconnectCommand(name, member.name)}
                disabled={disconnect.isPending}
                onClick={() => {
                  connect.reset();
                  disconnect.mutate(
                    { id, container: member.id },
                    { onSuccess: () => setSaid(t('networkManage.disconnected', { name: member.name })) },
                  );
                }}
              >
                {t('networkManage.disconnectShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {said ? (
        <p role="status" className="resource-done">
          {said}
        </p>
      ) : null}
      {disconnect.error ? <EngineError role="alert" message={errorText(disconnect.error)} /> : null}
      <form id={ids.form} className="members-connect" onSubmit={submit} noValidate>
        <h3>{t('networkManage.connectHeading')}</h3>
        <div className="field">
          <label htmlFor={ids.container}>{t('networkManage.container')}</label>
          <select id={ids.container} value={container} onChange={(event) => setContainer(event.target.value)}>
            <option value="">{t('networkManage.chooseContainer')}</option>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.aliases}>{t('networkManage.aliases')}</label>
          <input
            id={ids.aliases}
            className="mono"
            value={aliases}
            spellCheck={false}
            onChange={(event) => setAliases(event.target.value)}
          />
          <p className="help">{t('networkManage.aliasesHelp')}</p>
        </div>
        <button type="submit" className="primary-button" disabled={!chosen || connect.isPending}>
          {t('networkManage.connect')}
        </button>
        {connect.error ? <EngineError role="alert" message={errorText(connect.error)} /> : null}
        <CommandLine command={networkConnectCommand(name, chosen?.name ?? '', aliasList)} />
      </form>
    </Dialog>
  );
}
