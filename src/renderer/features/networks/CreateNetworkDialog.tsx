// Create a network: name, driver, subnet, gateway, internal, attachable, labels, with the docker line.
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { networkCreateInput, networkDrivers } from '../../../shared/api/networks-manage';
import { networkCreateCommand } from '../../../shared/cli/network-commands';
import { useTRPC } from '../../api/trpc';
import { CommandLine } from '../../components/CommandLine';
import { ConfirmDialog } from '../../components/Dialog';
import { filledRows, KeyValueRows, type KeyValue } from '../../components/KeyValueRows';
import { TextField } from '../../components/TextField';
import { EngineError } from '../errors/EngineError';
import { errorText } from '../images/errors';

type Driver = (typeof networkDrivers)[number];

export function CreateNetworkDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const ids = { form: useId(), driver: useId() };
  const [name, setName] = useState('');
  const [driver, setDriver] = useState<Driver>('bridge');
  const [subnet, setSubnet] = useState('');
  const [gateway, setGateway] = useState('');
  const [internal, setInternal] = useState(false);
  const [attachable, setAttachable] = useState(false);
  const [labels, setLabels] = useState<KeyValue[]>([]);
  const create = useMutation(trpc.networks.create.mutationOptions());
  const input = {
    name: name.trim(),
    driver,
    subnet: subnet.trim(),
    gateway: gateway.trim(),
    internal,
    attachable,
    labels: filledRows(labels),
  };
  const parsed = networkCreateInput.safeParse(input);
  const problem = (field: string) =>
    parsed.error?.issues.find((issue) => issue.path[0] === field)?.message ?? null;
  const shown = (field: string, value: string) => (value.trim() ? problem(field) : null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!parsed.success) return;
    create.mutate(input, { onSuccess: onClose });
  };

  const text = (
    field: 'name' | 'subnet' | 'gateway',
    value: string,
    set: (v: string) => void,
    help?: string,
  ) => (
    <TextField
      label={t(`networkManage.${field}`)}
      value={value}
      autoFocus={field === 'name'}
      error={shown(field, value)}
      help={help}
      onChange={(next) => {
        set(next);
        create.reset();
      }}
    />
  );

  return (
    <ConfirmDialog
      title={t('networkManage.createTitle')}
      onClose={onClose}
      width={600}
      confirm={{
        label: t('networkManage.createSubmit'),
        form: ids.form,
        disabled: !parsed.success || create.isPending,
      }}
    >
      <form id={ids.form} onSubmit={submit} noValidate>
        {text('name', name, setName)}
        <div className="field">
          <label htmlFor={ids.driver}>{t('networkManage.driver')}</label>
          <select
            id={ids.driver}
            value={driver}
            onChange={(event) => setDriver(event.target.value as Driver)}
          >
            {networkDrivers.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        {text('subnet', subnet, setSubnet, t('networkManage.subnetHelp'))}
        {text('gateway', gateway, setGateway, t('networkManage.gatewayHelp'))}
        <label className="checkbox">
          <input type="checkbox" checked={internal} onChange={(event) => setInternal(event.target.checked)} />
          {t('networkManage.internal')}
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={attachable}
            onChange={(event) => setAttachable(event.target.checked)}
          />
          {t('networkManage.attachable')}
        </label>
        <KeyValueRows legend={t('networkManage.labels')} rows={labels} onChange={setLabels} />
        {create.error ? <EngineError role="alert" message={errorText(create.error)} /> : null}
        <CommandLine command={networkCreateCommand(input)} />
      </form>
    </ConfirmDialog>
  );
}
