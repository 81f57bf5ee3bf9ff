'use server';

import { audit } from '../audit/log';
import { validate } from '../actions/validate';
import { db } from '../db';
import { fail, ok, type ActionResult } from '../result';
import { hashInvitationToken } from './invitation-token';
import { expireOpenInvitations, openInvitationWhere } from './invitations';
import { hashPassword } from './password';
import { setPasswordSchema } from './set-password-schema';

const INVITE_INVALID = 'auth.inviteInvalid';

/**
 * Sets the password through a one-time link. Anonymous by design: the link is the credential.
 * The password, the used mark, the ended sessions and the audit entry are stored together;
 * two submissions of the same link cannot both succeed (the used mark is set conditionally).
 * Returns the e-mail address so the form can sign in with the new password.
 */
export async function acceptInvitation(input: unknown): Promise<ActionResult<{ email: string }>> {
  const parsed = validate(setPasswordSchema, input);
  if (!parsed.ok) return parsed.result;
  const { token, password } = parsed.data;

  // Hashing is slow on purpose: do it before the transaction so no row stays locked meanwhile.
  const passwordHash = await hashPassword(password);
  const now = new Date();
  const email = await db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({ where: openInvitationWhere(hashInvitationToken(token), now), select: { id: true, userId: true } });
    if (!invitation) return null;
    const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) return null;
    await expireOpenInvitations(tx, invitation.userId, now);
    const user = await tx.user.update({
      where: { id: invitation.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, email: true },
    });
    await audit({ userId: user.id, action: 'account.password-set', entity: 'User', entityId: user.id, detail: { invitationId: invitation.id } }, tx);
    return user.email;
  });
  return email ? ok({ email }) : fail(INVITE_INVALID);
}
