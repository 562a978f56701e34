// Strings of the Settings page's newer parts: the notice about an unusable settings file and the
// desktop-only section (own top-level key, merged by i18n/features.ts).
const en = {
  settingsFile: {
    resetNotJson:
      'Berth could not read its settings file (it is not valid JSON), so it is using the default settings.',
    resetInvalid:
      'Berth’s settings file had a value it cannot use ({{detail}}), so it is using the default settings.',
    keptAs: 'The old file was kept as {{path}}.',
    notKept:
      'The old file could not be moved aside; it is still at {{path}} and will be replaced when you save.',
    dismiss: 'Dismiss',
  },
  desktopSettings: {
    heading: 'Desktop app',
    startAtLogin: 'Open Berth when I log in',
    closeToTray: 'Closing the window keeps Berth running in the tray',
    notifications: 'Notifications',
    kinds: {
      pull: 'Image pull finished or failed',
      push: 'Image push finished or failed',
      build: 'Image build finished or failed',
      engineStopped: 'The engine stopped unexpectedly',
      restartLoop: 'A container keeps restarting',
    },
  },
};

const ko: typeof en = {
  settingsFile: {
    resetNotJson: 'Berth가 설정 파일을 읽을 수 없어(올바른 JSON이 아님) 기본 설정을 사용하고 있습니다.',
    resetInvalid: 'Berth 설정 파일에 사용할 수 없는 값이 있어({{detail}}) 기본 설정을 사용하고 있습니다.',
    keptAs: '이전 파일은 {{path}}에 보관했습니다.',
    notKept: '이전 파일을 옮기지 못했습니다. 아직 {{path}}에 있으며 저장하면 바뀝니다.',
    dismiss: '닫기',
  },
  desktopSettings: {
    heading: '데스크톱 앱',
    startAtLogin: '로그인할 때 Berth 열기',
    closeToTray: '창을 닫아도 Berth가 트레이에서 계속 실행',
    notifications: '알림',
    kinds: {
      pull: '이미지 풀 완료 또는 실패',
      push: '이미지 푸시 완료 또는 실패',
      build: '이미지 빌드 완료 또는 실패',
      engineStopped: '엔진이 예기치 않게 멈춤',
      restartLoop: '컨테이너가 계속 재시작됨',
    },
  },
};

export const messages = { en, ko };
