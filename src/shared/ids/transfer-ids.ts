// IDs of Berth's own sessions and transfers. Uploads and terminal sessions get their IDs from the
// backend (random UUIDs); downloads and log feeds are named by the receiver, which uses a UUID too.
import { z } from 'zod';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An upload in progress (container files and image loads alike). */
export const uploadIdSchema = z.string().regex(UUID, 'Not an upload ID');

/** A download's flow-control window, chosen by the receiver. */
export const transferIdSchema = z.string().regex(/^[a-zA-Z0-9-]{8,64}$/, 'Not a transfer ID');

/** An exec or attach session. */
export const sessionIdSchema = z.string().regex(UUID, 'Not a session ID');
