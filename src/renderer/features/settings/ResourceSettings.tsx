// The resources of Berth's Linux VM (CPUs, memory, disk), and where the engine provider is chosen.
// They apply to the VM providers (QEMU, WSL 2, Lima) at the VM's next start.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { providerResourcesSchema, type Settings } from '../../../shared/api';
import { NumberSettingsForm } from './NumberSettingsForm';
import { useSettingsUpdate } from './use-settings-update';

const bounds = providerResourcesSchema.shape;

export function ResourceSettings({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const update = useSettingsUpdate();
  const { resources } = settings.vm;
  const range = (schema: { minValue: number | null; maxValue: number | null }) => ({
    min: schema.minValue ?? 0,
    max: schema.maxValue ?? Number.MAX_SAFE_INTEGER,
  });
  return (
    <NumberSettingsForm
      heading={t('settingsResources.heading')}
      fields={[
        {
          key: 'cpus',
          label: t('settingsResources.cpus'),
          help: t('settingsResources.cpusHelp'),
          ...range(bounds.cpus),
          value: resources.cpus,
        },
        {
          key: 'memoryMiB',
          label: t('settingsResources.memory'),
          help: t('settingsResources.memoryHelp'),
          ...range(bounds.memoryMiB),
          value: resources.memoryMiB,
        },
        {
          key: 'diskGiB',
          label: t('settingsResources.disk'),
          help: t('settingsResources.diskHelp'),
          ...range(bounds.diskGiB),
          value: resources.diskGiB,
        },
      ]}
      onSave={(values) => update.mutate({ vm: { ...settings.vm, resources: values } })}
      pending={update.isPending}
      saved={update.isSuccess}
      error={update.error?.message ?? null}
    >
      <p className="help settings-intro">
        {t('settingsResources.intro')} <Link to="/engine">{t('settingsResources.engineLink')}</Link>.
      </p>
    </NumberSettingsForm>
  );
}
