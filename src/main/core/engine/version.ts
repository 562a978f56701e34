// The engine's GET /version answer, as the UI shows it.
import type Dockerode from 'dockerode';
import type { EngineVersion } from '@shared/api';

export function engineVersion(version: Dockerode.DockerVersion): EngineVersion {
  return {
    engine: version.Version,
    api: version.ApiVersion,
    os: version.Os,
    arch: version.Arch,
    kernel: version.KernelVersion,
  };
}
