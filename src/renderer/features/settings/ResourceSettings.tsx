// The resources of Berth's Linux VM (CPUs, memory, disk), and where the engine provider is chosen.
// They apply to the VM providers (QEMU, WSL 2, Lima) at the VM's next start.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { providerResourcesSchema, type Settings } from '@shared/api';
import { NumberSettingsForm } from './NumberSettingsForm';

const { cpus, memoryMiB, diskGiB } = providerResourcesSchema.shape;

export function ResourceSettings({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const { resources } = settings.vm;
  return (
    <NumberSettingsForm
      i18nPrefix="settingsResources"
      fields={[
        { key: 'cpus', schema: cpus, value: resources.cpus },
        { key: 'memoryMiB', schema: memoryMiB, value: resources.memoryMiB },
        { key: 'diskGiB', schema: diskGiB, value: resources.diskGiB },
      ]}
      toPatch={(values) => ({ vm: { ...settings.vm, resources: values } })}
    >
      <p className="help settings-intro">
        {t('settingsResources.intro')} <Link to="/engine">{t('settingsResources.engineLink')}</Link>.
      </p>
    </NumberSettingsForm>
  );
}
