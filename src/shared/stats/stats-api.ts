// Inputs of the stats subscriptions.
import { z } from 'zod';
import { containerIdOrNameSchema } from '../ids/engine-names';

export const statsInput = z.object({ id: containerIdOrNameSchema });
/** The visible running rows of a list; bounded so one page cannot open thousands of streams. */
export const statsManyInput = z.object({ ids: z.array(containerIdOrNameSchema).max(200) });
