import type { z } from 'zod';
import '../zod';
import type { ActionResult } from '../result';

export const INVALID_INPUT = 'Niet alles is goed ingevuld. Kijk de gemarkeerde velden na.';

/**
 * Validates an action's input with the same zod schema the form uses. On failure returns the
 * result the form shows: a summary plus the messages per field (keys as the form's field names).
 */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; data: z.output<S> } | { ok: false; result: ActionResult<never> } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.') || '_form';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, result: { ok: false, formError: INVALID_INPUT, fieldErrors } };
}
