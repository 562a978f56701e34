// Strings of the container details page's Attach tab (`docker attach`, `docker start -a`), under
// `attach`. The tab's label is with the other tabs in i18n-details.ts.
const en = {
  attach: {
    terminal: 'Terminal',
    attach: 'Attach',
    startAttach: 'Start and attach',
    detach: 'Detach',
    detachHelp: 'Closes this connection only: the container keeps running.',
    starting: 'Starting {{name}}, attached…',
    attaching: 'Attaching to {{name}}…',
    attached: 'Attached to the main process of {{name}}',
    outputOnly: 'Attached to {{name}}: output only (created without -i, so its stdin is closed)',
    detached: 'Detached: the container keeps running',
    failed: 'Could not attach: {{message}}',
    notRunning: 'The container is not running',
    notRunningHelp:
      'Start it attached to see its output from the first line and type into it, as docker start -ai does.',
    mode: 'Attach mode',
    tty: 'TTY',
    noTty: 'No TTY',
    stdin: 'Input open',
    noStdin: 'Output only',
  },
};

const ko: typeof en = {
  attach: {
    terminal: '터미널',
    attach: '연결',
    startAttach: '시작하고 연결',
    detach: '연결 끊기',
    detachHelp: '이 연결만 닫습니다. 컨테이너는 계속 실행됩니다.',
    starting: '{{name}} 시작 중, 연결됨…',
    attaching: '{{name}}에 연결하는 중…',
    attached: '{{name}}의 주 프로세스에 연결됨',
    outputOnly: '{{name}}에 연결됨: 출력만 표시 (-i 없이 생성되어 표준 입력이 닫혀 있음)',
    detached: '연결을 끊었습니다. 컨테이너는 계속 실행됩니다',
    failed: '연결하지 못했습니다: {{message}}',
    notRunning: '컨테이너가 실행 중이 아닙니다',
    notRunningHelp: 'docker start -ai처럼 첫 줄부터 출력을 보고 입력하려면 연결한 채로 시작하세요.',
    mode: '연결 방식',
    tty: 'TTY',
    noTty: 'TTY 없음',
    stdin: '입력 가능',
    noStdin: '출력만',
  },
};

export const messages = { en, ko };
