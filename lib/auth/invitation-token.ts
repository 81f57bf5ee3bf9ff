import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

/** How long a one-time link to set a password stays valid. */
export const INVITATION_VALID_DAYS = 7;

/**
 * Only the token's sha256 is stored: someone who reads the database (or a backup) cannot
 * use a pending link. A plain hash suffices because the token itself is 256 random bits.
 */
export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashInvitationToken(token) };
}

export function invitationExpiry(now: Date = new Date()): Date {
  return new Date(now.getTime() + INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000);
}

/** The path of the page where the link's holder sets their password. */
export function invitationPath(token: string): string {
  return `/uitnodiging/${token}`;
}
