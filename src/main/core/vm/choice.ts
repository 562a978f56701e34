// Which provider runs Berth's engine, and whether Berth starts it by itself. Pure.
import type { ProviderId } from '@shared/api/providers';

/** Per platform, the providers in order of preference (the first available is the default). */
export const platformDefaults: Partial<Record<NodeJS.Platform, ProviderId[]>> = {
  linux: ['native', 'qemu'],
  darwin: ['lima', 'qemu'],
  win32: ['wsl2', 'qemu'],
};

const defaultWords: Partial<Record<ProviderId, string>> = {
  native: "the default on Linux: the host's engine if one answers, else Berth's private dockerd",
  qemu: 'the default here: a Linux VM that Berth boots with QEMU',
  lima: 'the default on macOS: a Linux VM run by Lima',
  wsl2: 'the default on Windows: a Linux distro in WSL 2',
};

export interface Selection {
  id: ProviderId | null;
  why: string;
  /** Chosen in Settings (its engine then wins over DOCKER_HOST and contexts). */
  chosen: boolean;
}

export function chooseProvider(input: {
  setting: ProviderId | null;
  platform: NodeJS.Platform;
  available: ProviderId[];
}): Selection {
  if (input.setting && input.available.includes(input.setting)) {
    return { id: input.setting, why: 'chosen in Settings', chosen: true };
  }
  const fallback = (platformDefaults[input.platform] ?? []).find((id) => input.available.includes(id));
  const unavailable = input.setting ? `${input.setting} (chosen in Settings) is not available here; ` : '';
  if (!fallback) {
    return {
      id: null,
      why: `${unavailable}Berth has no engine provider for ${input.platform}.`,
      chosen: false,
    };
  }
  return {
    id: fallback,
    why: `${unavailable}${defaultWords[fallback] ?? 'the default here'}`,
    chosen: false,
  };
}

/**
 * The first run: Berth starts its provider by itself when the user chose one in Settings, or
 * when no engine of the user's is configured (settings address, --engine, DOCKER_HOST, context).
 */
export function shouldAutoStart(input: { selection: Selection; userEngine: string | null }): boolean {
  if (!input.selection.id) return false;
  return input.selection.chosen || input.userEngine === null;
}
