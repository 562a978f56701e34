// The words of desktop notifications, in English and Korean (like the tray's, beside and not in
// the renderer's i18n files), and the renderer route a click opens.
import type { PlannedNotification } from './notifications';
import type { TrayLanguage } from './tray-labels';

export interface NotificationText {
  title: string;
  body: string;
  /** Where clicking it takes the user (a renderer hash route). */
  route: string;
}

type Words = {
  finished: Record<'pull' | 'push' | 'build', string>;
  failed: Record<'pull' | 'push' | 'build', string>;
  engineStopped: string;
  engineStoppedBody: (reason: string | null) => string;
  restartLoop: string;
  restartLoopBody: (name: string, restarts: number) => string;
  stillInTray: string;
  stillInTrayBody: string;
};

const words: Record<TrayLanguage, Words> = {
  en: {
    finished: { pull: 'Pull finished', push: 'Push finished', build: 'Build finished' },
    failed: { pull: 'Pull failed', push: 'Push failed', build: 'Build failed' },
    engineStopped: 'The Docker engine stopped',
    engineStoppedBody: (reason) =>
      reason ? `Berth lost its engine: ${reason}` : 'Berth lost its engine and keeps trying to reconnect.',
    restartLoop: 'A container keeps restarting',
    restartLoopBody: (name, restarts) => `${name} restarted ${restarts} times in the last minute.`,
    stillInTray: 'Berth is still running',
    stillInTrayBody:
      'Berth keeps running in the tray. Turn off "Close to tray" in Settings to quit on close.',
  },
  ko: {
    finished: { pull: '풀 완료', push: '푸시 완료', build: '빌드 완료' },
    failed: { pull: '풀 실패', push: '푸시 실패', build: '빌드 실패' },
    engineStopped: 'Docker 엔진이 멈췄습니다',
    engineStoppedBody: (reason) =>
      reason
        ? `Berth가 엔진과의 연결을 잃었습니다: ${reason}`
        : 'Berth가 엔진과의 연결을 잃었으며 다시 연결을 시도합니다.',
    restartLoop: '컨테이너가 계속 재시작됩니다',
    restartLoopBody: (name, restarts) => `${name}이(가) 지난 1분 동안 ${restarts}번 재시작했습니다.`,
    stillInTray: 'Berth가 계속 실행 중입니다',
    stillInTrayBody:
      'Berth는 트레이에서 계속 실행됩니다. 창을 닫을 때 종료하려면 설정에서 "트레이로 닫기"를 끄세요.',
  },
};

export function notificationText(
  notification: PlannedNotification,
  language: TrayLanguage,
): NotificationText {
  const w = words[language];
  switch (notification.kind) {
    case 'pull':
    case 'push':
    case 'build':
      return notification.outcome === 'succeeded'
        ? { title: w.finished[notification.kind], body: notification.title, route: '/images' }
        : {
            title: w.failed[notification.kind],
            body: notification.error ? `${notification.title}: ${notification.error}` : notification.title,
            route: '/images',
          };
    case 'engineStopped':
      return { title: w.engineStopped, body: w.engineStoppedBody(notification.reason), route: '/engine' };
    case 'restartLoop':
      return {
        title: w.restartLoop,
        body: w.restartLoopBody(notification.name, notification.restarts),
        route: `/containers/${encodeURIComponent(notification.containerId)}/logs`,
      };
  }
}

/** The one-time message when closing the window first hides Berth to the tray. */
export function stillInTrayText(language: TrayLanguage): { title: string; body: string } {
  return { title: words[language].stillInTray, body: words[language].stillInTrayBody };
}
