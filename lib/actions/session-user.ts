import 'server-only';
import { getCurrentUser, type CurrentUser } from '../auth/current-user';
import type { ActionResult } from '../result';

export const SESSION_EXPIRED = 'U bent niet (meer) ingelogd. Log opnieuw in; wat u invulde blijft staan.';
export const NOT_ALLOWED = 'Dit kunt u niet doen, of het bestaat niet (meer).';

/**
 * Step one of every server action: the signed-in user, re-read from the database.
 * Returns the refusal the form shows when there is none.
 */
export async function actionUser(): Promise<{ ok: true; user: CurrentUser } | { ok: false; result: ActionResult<never> }> {
  const user = await getCurrentUser();
  return user ? { ok: true, user } : { ok: false, result: { ok: false, formError: SESSION_EXPIRED } };
}

export const notAllowed = (): ActionResult<never> => ({ ok: false, formError: NOT_ALLOWED });
