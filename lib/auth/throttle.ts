import 'server-only';
import { db } from '../db';

export const MAX_FAILURES = 10;
export const WINDOW_MINUTES = 15;

/**
 * Login throttling kept in PostgreSQL, so it holds across app instances: after MAX_FAILURES
 * failed attempts within the window, for an account or from an address, no password is checked
 * until the window has passed.
 */
export async function isThrottled(email: string, ip: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const [byEmail, byIp] = await Promise.all([
    db.loginAttempt.count({ where: { email, success: false, createdAt: { gte: since } } }),
    db.loginAttempt.count({ where: { ip, success: false, createdAt: { gte: since } } }),
  ]);
  return byEmail >= MAX_FAILURES || byIp >= MAX_FAILURES;
}

export async function recordAttempt(email: string, ip: string, success: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { email, ip, success } });
}
