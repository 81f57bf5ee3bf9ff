/**
 * What every server action returns, so a form can show the outcome: data on success, or a
 * form-level message and per-field messages (in Dutch) on failure. Nothing is thrown at the form.
 */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; formError?: string; fieldErrors?: Record<string, string[]> };

export function ok<T>(data: T): ActionResult<T>;
export function ok(): ActionResult<undefined>;
export function ok<T>(data?: T): ActionResult<T | undefined> {
  return { ok: true, data };
}

export function fail(formError: string, fieldErrors?: Record<string, string[]>): { ok: false; formError: string; fieldErrors?: Record<string, string[]> } {
  return fieldErrors ? { ok: false, formError, fieldErrors } : { ok: false, formError };
}
