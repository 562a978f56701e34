// Procedures are added here by the feature that owns this file.
import { router } from './trpc';

export const containerDetailsRouter = router({});
