// What quitting the desktop app does with Berth's own engine or VM: the quit setting (ask, stop,
// keep) and whether Berth started one that still runs decide between quitting at once and asking.
// The shell (quit-dialog.ts) turns `ask` into a message box and its answer back through quitAnswer.
import type { ProviderStatus, QuitEngineChoice } from '@shared/api';
import type { TrayLanguage } from './tray-labels';

export interface QuitInput {
  choice: QuitEngineChoice;
  /** The status of the selected provider, null when there is none. */
  provider: ProviderStatus | null;
  /** True when that provider is Berth's own (a private dockerd or a VM), not the host's engine. */
  owned: boolean;
}

export type QuitDecision = { kind: 'quit'; stopEngine: boolean } | { kind: 'ask' };

/** Berth started it and it has not stopped: a starting VM counts, its boot is Berth's doing. */
function ownEngineRuns(input: QuitInput): boolean {
  if (!input.owned || !input.provider) return false;
  return input.provider.state === 'running' || input.provider.state === 'starting';
}

export function quitDecision(input: QuitInput): QuitDecision {
  // The host's engine, or nothing of Berth's running: nothing to stop, nothing to ask.
  if (!ownEngineRuns(input)) return { kind: 'quit', stopEngine: false };
  if (input.choice === 'ask') return { kind: 'ask' };
  return { kind: 'quit', stopEngine: input.choice === 'stop' };
}

/** The buttons in the order the dialog shows them; Cancel is also what Escape answers. */
export const QUIT_BUTTONS = ['stop', 'keep', 'cancel'] as const;
export const QUIT_CANCEL_INDEX = QUIT_BUTTONS.indexOf('cancel');

export type QuitAnswer =
  | { kind: 'cancel' }
  /** `remember`: the choice to save when "Don't ask again" was ticked, else null. */
  | { kind: 'quit'; stopEngine: boolean; remember: Exclude<QuitEngineChoice, 'ask'> | null };

export function quitAnswer(response: number, dontAskAgain: boolean): QuitAnswer {
  const button = QUIT_BUTTONS[response];
  if (button !== 'stop' && button !== 'keep') return { kind: 'cancel' };
  return { kind: 'quit', stopEngine: button === 'stop', remember: dontAskAgain ? button : null };
}

export interface QuitLabels {
  title: string;
  message: string;
  detail: string;
  stop: string;
  keep: string;
  cancel: string;
  dontAskAgain: string;
}

export const quitLabels: Record<TrayLanguage, QuitLabels> = {
  en: {
    title: 'Quit Berth',
    message: 'Stop Berth’s engine before quitting?',
    detail:
      'Berth started this engine. Stopping it stops its running containers; keeping it lets them run without Berth. You can change this in Settings.',
    stop: 'Stop engine and quit',
    keep: 'Quit, keep engine running',
    cancel: 'Cancel',
    dontAskAgain: 'Don’t ask again',
  },
  ko: {
    title: 'Berth 종료',
    message: '종료하기 전에 Berth의 엔진을 중지할까요?',
    detail:
      'Berth가 시작한 엔진입니다. 중지하면 실행 중인 컨테이너도 멈추고, 계속 실행하면 Berth 없이 계속 실행됩니다. 설정에서 바꿀 수 있습니다.',
    stop: '엔진 중지 후 종료',
    keep: '종료하고 엔진은 계속 실행',
    cancel: '취소',
    dontAskAgain: '다시 묻지 않기',
  },
};
