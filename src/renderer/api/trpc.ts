// react-query bindings for the router.
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { AppRouter } from './types';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();
