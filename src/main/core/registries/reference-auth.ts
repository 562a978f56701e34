// The credentials a pull or push of one reference sends: the one place that maps a reference to
// its registry's login, for every caller (the Images page and the Run dialog alike). A saved login
// is bound to the engine it was made with and is never sent to another one.
import { parseReference } from '@shared/images/reference';
import type { Engine } from '../engine/engine';
import type { RegistryCredentials } from './credentials';
import type { AuthConfig } from './docker-config';

export interface ReferenceAuth {
  /** What the registry gets in X-Registry-Auth, when Berth or the CLI knows a login. */
  auth: AuthConfig | null;
  /** Words for a failure when a saved login was held back from this engine, else null. */
  hint: string | null;
}

export async function authForReference(
  ctx: { services: { credentials: RegistryCredentials }; engine: Engine },
  reference: string,
): Promise<ReferenceAuth> {
  const parsed = parseReference(reference);
  if (!parsed.ok) return { auth: null, hint: null };
  const engineHost = ctx.engine.status().endpoint?.host ?? null;
  const { auth, withheld } = await ctx.services.credentials.resolveFor(parsed.ref.domain, engineHost);
  const hint = withheld
    ? `Your saved login for ${parsed.ref.domain} was made with another engine, so it was not sent to this one: log in again for this engine.`
    : null;
  return { auth, hint };
}
