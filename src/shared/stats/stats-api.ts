// Inputs of the stats subscriptions.
import { z } from 'zod';
import { containerIdSchema } from '../api/containers';

export const statsInput = z.object({ id: containerIdSchema });
/** The visible running rows of a list; bounded so one page cannot open thousands of streams. */
export const statsManyInput = z.object({ ids: z.array(containerIdSchema).max(200) });
