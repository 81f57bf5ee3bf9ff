/**
 * Integration tests act as a user by setting the session claims that lib/auth/session.ts would
 * read from the signed cookie. Everything after that (re-reading the user from the database,
 * policy, validation, writes) runs for real.
 */
import type { SessionClaims } from '../../lib/auth/session';

let current: SessionClaims | null = null;

export async function readSession(): Promise<SessionClaims | null> {
  return current;
}

export function actAs(user: { id: string; sessionVersion?: number } | null): void {
  current = user ? { uid: user.id, sv: user.sessionVersion ?? 0 } : null;
}
