// Which engine a call, a list item or a change message belongs to: Berth can hold several
// engines at once, each under a stable id (see core's engine registry).
import { z } from 'zod';
import type { EngineStatus } from './engine';

/**
 * An engine's id: lower-case letters, digits and "-", ":", "." (e.g. "default", later
 * "context:colima"), never "..", at most 64 characters. It is echoed in errors and used in
 * react-query keys, so it is kept to plain characters.
 */
export const engineIdSchema = z
  .string()
  .min(1, 'An engine id is required')
  .max(64, 'An engine id is at most 64 characters')
  .regex(/^[a-z0-9][a-z0-9:.-]*$/, 'Not an engine id: use lower-case letters, digits, "-", ":" and "."')
  .refine((id) => !id.includes('..'), 'Not an engine id: ".." is not allowed');

/** What every engine procedure's input may add: the engine to use (default: the active one). */
export interface EngineSelection {
  engineId?: string;
}

/** A list item as a mapper builds it, before the model says which engine holds it. */
export type Unscoped<T extends { engineId: string }> = Omit<T, 'engineId'>;

/** One engine Berth holds, for the renderer to find the active one. */
export interface EngineEntry {
  id: string;
  active: boolean;
  status: EngineStatus;
}
