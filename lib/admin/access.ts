import 'server-only';
import { actionUser, notAllowed } from '../actions/session-user';
import type { CurrentUser } from '../auth/current-user';
import { authorize, can } from '../auth/policy';
import type { ActionResult } from '../result';

/**
 * Steps one and two of every admin action: the signed-in user, re-read from the database,
 * and the policy's answer for writing the administration. Returns the refusal otherwise.
 */
export async function adminActionUser(): Promise<{ ok: true; user: CurrentUser } | { ok: false; result: ActionResult<never> }> {
  const session = await actionUser();
  if (!session.ok) return session;
  return can(session.user, 'write', { kind: 'administration' }) ? session : { ok: false, result: notAllowed() };
}

/** For admin queries: a second check behind the page's own, so a query never serves a non-admin. */
export function assertAdminReads(user: CurrentUser): void {
  authorize(user, 'read', { kind: 'administration' });
}
