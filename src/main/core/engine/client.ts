// The engine API client Berth uses: dockerode, with two guards every call gets.
// 1. No redirects. docker-modem sends requests through its own copy of follow-redirects
//    (docker-modem/lib/http.js): an engine that answers 3xx (dockerd does for a path holding "..")
//    would send Berth to any host named in Location, and that second request has no 'error'
//    listener, so a refused connection ended the process. Its protocol table is swapped for Node's
//    own request, so a 3xx is just an unexpected status: an error for that one call.
// 2. Path parts encoded. dockerode builds "/images/" + name + "/json" as is; every id and name
//    that names an object is percent-encoded first, so "?", "#", "/" or ".." cannot change which
//    endpoint is called. (The router's schemas refuse such ids already; this is the second wall.)
import http from 'node:http';
import https from 'node:https';
import { createRequire } from 'node:module';
import Dockerode from 'dockerode';

type RequestTable = Record<string, { request: typeof http.request }>;

let patched = false;

/** Makes docker-modem use Node's request, which never follows a redirect. Idempotent. */
export function disableModemRedirects(): void {
  if (patched) return;
  const require = createRequire(import.meta.url);
  const table = require('docker-modem/lib/http.js') as RequestTable;
  table.http = { request: http.request.bind(http) as typeof http.request };
  table.https = { request: https.request.bind(https) as typeof http.request };
  patched = true;
}

/** The path part of an engine URL for an id or name, percent-encoded. */
export function pathPart(value: string): string {
  return encodeURIComponent(value);
}

/** dockerode whose object handles carry encoded ids, speaking through a modem that never redirects. */
export class EngineClient extends Dockerode {
  constructor(options: Dockerode.DockerOptions) {
    disableModemRedirects();
    super(options);
  }

  override getContainer(id: string): Dockerode.Container {
    return super.getContainer(pathPart(id));
  }

  override getImage(name: string): Dockerode.Image {
    return super.getImage(pathPart(name));
  }

  override getVolume(name: string): Dockerode.Volume {
    return super.getVolume(pathPart(name));
  }

  override getNetwork(id: string): Dockerode.Network {
    return super.getNetwork(pathPart(id));
  }

  override getExec(id: string): Dockerode.Exec {
    return super.getExec(pathPart(id));
  }
}
