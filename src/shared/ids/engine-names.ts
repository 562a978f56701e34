// One grammar for each kind of engine object a procedure names. Each is strict on purpose: an id
// reaches the engine as part of a URL path, where "/", "..", "?" or "#" would name another
// endpoint (an engine answers "a/../../x" with a redirect to wherever the path leads).
import { z } from 'zod';

/** The engine's own name rule (daemon/names): a letter or digit, then letters, digits, "_", ".", "-". */
const ENGINE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

/** A container's full or short ID, or its name (without the engine's leading "/"). */
export const containerIdOrNameSchema = z
  .string()
  .trim()
  .min(1, 'A container ID or name is required')
  .max(128, 'A container ID or name is at most 128 characters')
  .regex(ENGINE_NAME, 'Not a container ID or name');

/** A volume's name (its identity); the engine requires at least two characters. */
export const volumeNameSchema = z
  .string()
  .trim()
  .min(2, 'A volume name has at least two characters')
  .max(255, 'A volume name is at most 255 characters')
  .regex(ENGINE_NAME, 'Not a volume name: use letters, digits, "_", "." and "-"');

/** A network's full or short ID, or its name. */
export const networkIdOrNameSchema = z
  .string()
  .trim()
  .min(1, 'A network ID or name is required')
  .max(128, 'A network ID or name is at most 128 characters')
  .regex(ENGINE_NAME, 'Not a network ID or name');

/** An exec instance's ID, as the engine makes them (64 hex digits). */
export const execIdSchema = z.string().regex(/^[a-f0-9]{64}$/, 'Not an exec ID');
