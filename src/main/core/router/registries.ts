// Registries: log in (checked by the engine against the registry), log out, and the list of
// known logins. Passwords go in, never out.
import { TRPCError } from '@trpc/server';
import { loginInputSchema, logoutInputSchema } from '@shared/api/images-transfer';
import { authKeyFor, registryDomain } from '@shared/images/reference';
import { engineMessage } from '../engine/errors';
import { engineProcedure, publicProcedure, router } from './trpc';

/** The engine's words, led by "unauthorized:" when the registry refused the credentials. */
function loginFailure(error: unknown): string {
  const message = engineMessage(error);
  const status = (error as { statusCode?: number } | null)?.statusCode;
  if ((status === 401 || /401|unauthorized/i.test(message)) && !/^unauthorized/i.test(message)) {
    return `unauthorized: ${message}`;
  }
  return message;
}

export const registriesRouter = router({
  list: publicProcedure.query(({ ctx }) => ctx.services.credentials.list()),

  /** Where "Remember" keeps logins (keychain, credential helper, or this session only). */
  storage: publicProcedure.query(({ ctx }) => ctx.services.credentials.storage()),

  /** Checked by the engine the call names; the login is bound to that engine's address. */
  login: engineProcedure.input(loginInputSchema).mutation(async ({ ctx, input }) => {
    const server = registryDomain(input.server);
    const docker = ctx.engine.api();
    // The login is bound to this engine: it is never sent to another one later.
    const engineHost = ctx.engine.status().endpoint?.host ?? null;
    try {
      await docker.checkAuth({
        username: input.username,
        password: input.password,
        serveraddress: authKeyFor(server),
      });
    } catch (error) {
      throw new TRPCError({ code: 'UNAUTHORIZED', message: loginFailure(error) });
    }
    await ctx.services.credentials.save(
      server,
      { username: input.username, password: input.password },
      input.remember,
      engineHost,
    );
    return { server, username: input.username };
  }),

  logout: publicProcedure.input(logoutInputSchema).mutation(async ({ ctx, input }) => {
    await ctx.services.credentials.forget(input.server);
    return { server: registryDomain(input.server) };
  }),
});
