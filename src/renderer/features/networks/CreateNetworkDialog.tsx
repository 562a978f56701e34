// Create a network: name, driver, subnet, gateway, internal, attachable, labels, with the docker line.
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { networkCreateInput, networkDrivers } from '@shared/api/networks-manage';
import { networkCreateCommand } from '@shared/cli/network-commands';
import { useTRPC } from '@renderer/api/trpc';
import { Checkbox } from '@renderer/components/Checkbox';
import { CommandLine } from '@renderer/components/CommandLine';
import { FormDialog } from '@renderer/components/Dialog';
import { filledRows, KeyValueRows, type KeyValue } from '@renderer/components/KeyValueRows';
import { TextField } from '@renderer/components/TextField';
import { EngineError } from '../errors/EngineError';
import { errorText } from '../images/errors';

type Driver = (typeof networkDrivers)[number];

export function CreateNetworkDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const driverId = useId();
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
      onChange={set}
    />
  );

  return (
    <FormDialog
      title={t('networkManage.createTitle')}
      onClose={onClose}
      width={600}
      submit={{ label: t('networkManage.createSubmit'), disabled: !parsed.success || create.isPending }}
      onSubmit={() => {
        if (parsed.success) create.mutate(input, { onSuccess: onClose });
      }}
      onEdit={() => create.reset()}
    >
      {text('name', name, setName)}
      <div className="field">
        <label htmlFor={driverId}>{t('networkManage.driver')}</label>
        <select id={driverId} value={driver} onChange={(event) => setDriver(event.target.value as Driver)}>
          {networkDrivers.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </div>
      {text('subnet', subnet, setSubnet, t('networkManage.subnetHelp'))}
      {text('gateway', gateway, setGateway, t('networkManage.gatewayHelp'))}
      <Checkbox label={t('networkManage.internal')} checked={internal} onChange={setInternal} />
      <Checkbox label={t('networkManage.attachable')} checked={attachable} onChange={setAttachable} />
      <KeyValueRows legend={t('networkManage.labels')} rows={labels} onChange={setLabels} />
      {create.error ? <EngineError role="alert" message={errorText(create.error)} /> : null}
      <CommandLine command={networkCreateCommand(input)} />
    </FormDialog>
  );
}
