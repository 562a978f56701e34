// The tray's words in English and Korean. The tray lives in the main process, beside (not in)
// the renderer's i18n files; the type makes both languages carry every label.
export interface TrayLabels {
  tooltip: string;
  running(version: string): string;
  starting: string;
  stopping: string;
  stopped: string;
  error(reason: string): string;
  startEngine: string;
  stopEngine: string;
  restartEngine: string;
  dashboard: string;
  containers: string;
  noContainers: string;
  more(count: number): string;
  stop: string;
  restart: string;
  logs: string;
  openPort(port: number): string;
  pullImage: string;
  recentImages: string;
  run: string;
  settings: string;
  quit: string;
}

export type TrayLanguage = 'en' | 'ko';

export const trayLabels: Record<TrayLanguage, TrayLabels> = {
  en: {
    tooltip: 'Berth',
    running: (version) => `Engine running (Docker ${version})`,
    starting: 'Engine starting…',
    stopping: 'Engine stopping…',
    stopped: 'Engine stopped',
    error: (reason) => `Engine error: ${reason}`,
    startEngine: 'Start engine',
    stopEngine: 'Stop engine',
    restartEngine: 'Restart engine',
    dashboard: 'Dashboard',
    containers: 'Containers',
    noContainers: 'No running containers',
    more: (count) => `${count} more running…`,
    stop: 'Stop',
    restart: 'Restart',
    logs: 'Logs',
    openPort: (port) => `Open localhost:${port}`,
    pullImage: 'Pull image…',
    recentImages: 'Recent images',
    run: 'Run…',
    settings: 'Settings…',
    quit: 'Quit Berth',
  },
  ko: {
    tooltip: 'Berth',
    running: (version) => `엔진 실행 중 (Docker ${version})`,
    starting: '엔진 시작 중…',
    stopping: '엔진 중지 중…',
    stopped: '엔진 중지됨',
    error: (reason) => `엔진 오류: ${reason}`,
    startEngine: '엔진 시작',
    stopEngine: '엔진 중지',
    restartEngine: '엔진 다시 시작',
    dashboard: '대시보드',
    containers: '컨테이너',
    noContainers: '실행 중인 컨테이너 없음',
    more: (count) => `실행 중인 컨테이너 ${count}개 더…`,
    stop: '중지',
    restart: '다시 시작',
    logs: '로그',
    openPort: (port) => `localhost:${port} 열기`,
    pullImage: '이미지 가져오기…',
    recentImages: '최근 이미지',
    run: '실행…',
    settings: '설정…',
    quit: 'Berth 종료',
  },
};

/** Korean for a Korean system locale ("ko", "ko-KR"), English otherwise. */
export function trayLanguage(locale: string): TrayLanguage {
  return /^ko\b/i.test(locale) ? 'ko' : 'en';
}
