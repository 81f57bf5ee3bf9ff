import { freeText } from '../free-text';
import { z } from '../zod';

export const MAX_LOGBOOK = 8000;

/**
 * One's own logbook entry for a lesson. There is deliberately no author field: the entry written
 * is always the caller's own, and a strict object refuses anyone trying to name another author.
 */
export const logbookSchema = z.strictObject({
  planId: z.string().min(1).max(40),
  text: freeText(MAX_LOGBOOK),
  /** The version the editor started from; 0 when it had no entry yet. */
  version: z.number().int().min(0).max(1_000_000),
});
export type LogbookInput = z.input<typeof logbookSchema>;
