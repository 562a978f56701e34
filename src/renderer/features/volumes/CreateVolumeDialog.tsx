// Create a volume: name (or none), driver, labels and driver options, with the docker line.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { volumeCreateCommand } from '@shared/cli/volume-commands';
import { volumeNameSchema } from '@shared/ids/engine-names';
import { useTRPC } from '@renderer/api/trpc';
import { CommandLine } from '@renderer/components/CommandLine';
import { FormDialog } from '@renderer/components/Dialog';
import { filledRows, KeyValueRows, type KeyValue } from '@renderer/components/KeyValueRows';
import { TextField } from '@renderer/components/TextField';
import { EngineError } from '../errors/EngineError';
import { errorText } from '../images/errors';

export function CreateVolumeDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [name, setName] = useState('');
  const [driver, setDriver] = useState('local');
  const [labels, setLabels] = useState<KeyValue[]>([]);
  const [driverOpts, setDriverOpts] = useState<KeyValue[]>([]);
  const create = useMutation(trpc.volumes.create.mutationOptions());
  const nameError = name.trim() ? (volumeNameSchema.safeParse(name).error?.issues[0]?.message ?? null) : null;
  const input = {
    name: name.trim(),
    driver: driver.trim() || 'local',
    labels: filledRows(labels),
    driverOpts: filledRows(driverOpts),
  };

  return (
    <FormDialog
      title={t('volumeManage.createTitle')}
      onClose={onClose}
      width={600}
      submit={{ label: t('volumeManage.createSubmit'), disabled: !!nameError || create.isPending }}
      onSubmit={() => {
        if (!nameError) create.mutate(input, { onSuccess: onClose });
      }}
      onEdit={() => create.reset()}
    >
      <TextField
        label={t('volumeManage.name')}
        value={name}
        autoFocus
        error={nameError}
        help={t('volumeManage.nameHelp')}
        onChange={setName}
      />
      <TextField label={t('volumeManage.driver')} value={driver} onChange={setDriver} />
      <KeyValueRows legend={t('volumeManage.labels')} rows={labels} onChange={setLabels} />
      <KeyValueRows legend={t('volumeManage.driverOpts')} rows={driverOpts} onChange={setDriverOpts} />
      {create.error ? <EngineError role="alert" message={errorText(create.error)} /> : null}
      <CommandLine command={volumeCreateCommand(input)} />
    </FormDialog>
  );
}
