// The credentials a pull or push of one reference sends: the one place that maps a reference to
// its registry's login, for every caller (the Images page and the Run dialog alike).
import { parseReference } from '../../../shared/images/reference';
import { credentialsFor } from './credentials';
import type { AuthConfig } from './docker-config';

/** What the registry of `reference` gets in X-Registry-Auth, when Berth or the CLI knows a login. */
export async function authForReference(owner: object, reference: string): Promise<AuthConfig | null> {
  const parsed = parseReference(reference);
  return parsed.ok ? credentialsFor(owner).resolve(parsed.ref.domain) : null;
}
