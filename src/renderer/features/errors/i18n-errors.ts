// Sentences for known engine errors (see shared/errors/engine-hints.ts): what happened, what to do.
const en = {
  errorHints: {
    engineWords: "The engine's words",
    portInUse:
      'Port {{port}} on this machine is already taken by another container or program. Pick another host port.',
    nameInUse:
      'A container named {{name}} already exists. Choose another name, or remove the old container first.',
    loginNeeded:
      'The registry wants you to log in (or the image is private). Log in under Images → Registries, then try again.',
    offline:
      'The registry could not be reached: you seem to be offline, or its name does not resolve. Check the network and try again.',
    imageNotFound: 'No such image, or no such tag. Check the name and tag, or pull it first.',
    notRunning: 'The container is not running. Start it first.',
    engineDown: 'The Docker engine is not reachable. See the Engine page for why.',
    permission: 'Berth may not use this Docker engine: its socket refused this user.',
    tooLong: 'Too long: at most {{max}} characters.',
    inUseByContainer: 'Container {{id}} still uses it. Remove that container first, or force the removal.',
    noSpace: 'The engine is out of disk space. Prune unused images, containers or build cache.',
  },
};

const ko: typeof en = {
  errorHints: {
    engineWords: '엔진이 보낸 원문',
    portInUse:
      '이 컴퓨터의 {{port}}번 포트를 다른 컨테이너나 프로그램이 이미 쓰고 있습니다. 다른 호스트 포트를 고르세요.',
    nameInUse:
      '{{name}} 이름의 컨테이너가 이미 있습니다. 다른 이름을 쓰거나 기존 컨테이너를 먼저 삭제하세요.',
    loginNeeded:
      '레지스트리에 로그인해야 합니다(또는 비공개 이미지입니다). 이미지 → 레지스트리에서 로그인한 뒤 다시 시도하세요.',
    offline:
      '레지스트리에 연결할 수 없습니다. 오프라인이거나 이름을 찾을 수 없습니다. 네트워크를 확인하고 다시 시도하세요.',
    imageNotFound: '그런 이미지나 태그가 없습니다. 이름과 태그를 확인하거나 먼저 받으세요.',
    notRunning: '컨테이너가 실행 중이 아닙니다. 먼저 시작하세요.',
    engineDown: 'Docker 엔진에 연결할 수 없습니다. 이유는 엔진 페이지에서 확인하세요.',
    permission: '이 Docker 엔진을 쓸 권한이 없습니다. 소켓이 이 사용자를 거부했습니다.',
    tooLong: '너무 깁니다. 최대 {{max}}자입니다.',
    inUseByContainer:
      '컨테이너 {{id}}이(가) 아직 사용 중입니다. 그 컨테이너를 먼저 삭제하거나 강제로 삭제하세요.',
    noSpace: '엔진의 디스크 공간이 부족합니다. 쓰지 않는 이미지, 컨테이너, 빌드 캐시를 정리하세요.',
  },
};

export const messages = { en, ko };
