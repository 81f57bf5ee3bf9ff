import 'server-only';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { hashInvitationToken, invitationExpiry, newInvitationToken } from './invitation-token';
import { invitationTokenPattern } from './set-password-schema';

type InvitationWriter = Pick<Prisma.TransactionClient, 'invitation'>;

/**
 * A new one-time link for the user. Links handed out earlier and not yet used stop working,
 * so only the newest link (the one the admin just passed on) can set a password.
 * Returns the token itself: it exists nowhere else, so the caller must show it now or never.
 */
export async function issueInvitation(tx: InvitationWriter, userId: string, createdById: string, now = new Date()): Promise<string> {
  await expireOpenInvitations(tx, userId, now);
  const { token, tokenHash } = newInvitationToken();
  await tx.invitation.create({ data: { userId, tokenHash, createdById, expiresAt: invitationExpiry(now) } });
  return token;
}

/** Ends every unused link of the user (kept, not deleted, as a record of what was handed out). */
export async function expireOpenInvitations(tx: InvitationWriter, userId: string, now = new Date()): Promise<void> {
  await tx.invitation.updateMany({ where: { userId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
}

/** The condition that makes a link usable: not used, not expired, for an active account. */
export function openInvitationWhere(tokenHash: string, now: Date): Prisma.InvitationWhereInput {
  return { tokenHash, usedAt: null, expiresAt: { gt: now }, user: { active: true } };
}

/**
 * The account a link belongs to, while the link can still be used; null for an unknown,
 * used or expired link alike, so the page cannot tell an attacker which of the three it was.
 */
export async function findOpenInvitation(token: string, now = new Date()): Promise<{ email: string } | null> {
  if (!invitationTokenPattern.test(token)) return null;
  const invitation = await db.invitation.findFirst({
    where: openInvitationWhere(hashInvitationToken(token), now),
    select: { user: { select: { email: true } } },
  });
  return invitation ? { email: invitation.user.email } : null;
}
