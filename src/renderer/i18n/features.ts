// Each feature's strings live beside it, under its own top-level keys; they are merged here.
import { messages as transfer } from '../features/activity/i18n-transfer';
import { messages as compose } from '../features/compose/i18n-compose';
import { messages as attach } from '../features/container-details/i18n-attach';
import { messages as details } from '../features/container-details/i18n-details';
import { messages as stats } from '../features/container-details/i18n-stats';
import { messages as files } from '../features/container-details/i18n-files';
import { messages as lifecycle } from '../features/containers/i18n-lifecycle';
import { messages as provider } from '../features/engine/i18n-provider';
import { messages as build } from '../features/image-build/i18n-build';
import { messages as errors } from '../features/errors/i18n-errors';
import { messages as networks } from '../features/networks/i18n-networks';
import { messages as system } from '../features/system/i18n-system';
import { messages as volumes } from '../features/volumes/i18n-volumes';
import { messages as settingsPage } from '../features/settings/i18n-settings';

const all = [
  lifecycle,
  details,
  attach,
  stats,
  files,
  transfer,
  build,
  errors,
  provider,
  volumes,
  networks,
  system,
  compose,
  settingsPage,
];

export const featureMessages = {
  en: Object.assign({}, ...all.map((m) => m.en)) as Record<string, unknown>,
  ko: Object.assign({}, ...all.map((m) => m.ko)) as Record<string, unknown>,
};
