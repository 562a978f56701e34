// Strings of the Settings page's newer parts: the notice about an unusable settings file, the
// engine test, VM resources, logs and stats history, and the desktop-only section (own top-level
// keys, merged by i18n/features.ts).
const en = {
  settingsEngine: {
    test: 'Test connection',
    testing: 'Testing…',
    testEmpty: 'Type an engine address to test (empty means: find the engine automatically).',
    testOk: 'Connected: Docker Engine {{version}} (API {{api}}). Not saved yet.',
    testFailed: 'Connection failed: {{message}}',
  },
  settingsForm: {
    numberRange: 'Enter a whole number from {{min}} to {{max}}.',
  },
  settingsResources: {
    heading: 'Resources of Berth’s VM',
    intro:
      'Used when Berth runs its engine in a Linux VM (QEMU, WSL 2, Lima); a change applies at the VM’s next start. The engine provider is chosen on the',
    engineLink: 'Engine page',
    cpus: 'CPUs',
    cpusHelp: 'Processors the VM may use.',
    memoryMiB: 'Memory (MiB)',
    memoryMiBHelp: 'Memory the VM may use, in MiB (1024 MiB = 1 GiB).',
    diskGiB: 'Disk (GiB)',
    diskGiBHelp: 'The largest size the VM’s disk may grow to, in GiB.',
  },
  settingsHistory: {
    heading: 'Logs and stats',
    logScrollback: 'Log scrollback (lines)',
    logScrollbackHelp: 'Lines a container’s log view keeps before the oldest are dropped.',
    statsHistoryMinutes: 'Stats history (minutes)',
    statsHistoryMinutesHelp: 'Minutes of CPU, memory, network and disk samples a container’s charts show.',
  },
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
  settingsEngine: {
    test: '연결 테스트',
    testing: '테스트 중…',
    testEmpty: '테스트할 엔진 주소를 입력하세요 (비워 두면 엔진을 자동으로 찾습니다).',
    testOk: '연결됨: Docker Engine {{version}} (API {{api}}). 아직 저장하지 않았습니다.',
    testFailed: '연결 실패: {{message}}',
  },
  settingsForm: {
    numberRange: '{{min}}에서 {{max}} 사이의 정수를 입력하세요.',
  },
  settingsResources: {
    heading: 'Berth VM의 리소스',
    intro:
      'Berth가 Linux VM(QEMU, WSL 2, Lima)에서 엔진을 실행할 때 사용하며, 변경 사항은 VM을 다음에 시작할 때 적용됩니다. 엔진 프로바이더는 다음에서 고릅니다:',
    engineLink: '엔진 페이지',
    cpus: 'CPU',
    cpusHelp: 'VM이 사용할 수 있는 프로세서 수.',
    memoryMiB: '메모리 (MiB)',
    memoryMiBHelp: 'VM이 사용할 수 있는 메모리 (MiB, 1024 MiB = 1 GiB).',
    diskGiB: '디스크 (GiB)',
    diskGiBHelp: 'VM 디스크가 커질 수 있는 최대 크기 (GiB).',
  },
  settingsHistory: {
    heading: '로그와 통계',
    logScrollback: '로그 스크롤백 (줄)',
    logScrollbackHelp: '컨테이너 로그 보기가 가장 오래된 줄을 버리기 전까지 보관하는 줄 수.',
    statsHistoryMinutes: '통계 기록 (분)',
    statsHistoryMinutesHelp: '컨테이너 차트가 보여 주는 CPU, 메모리, 네트워크, 디스크 샘플의 기간(분).',
  },
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
