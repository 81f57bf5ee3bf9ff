import 'server-only';
import { randomBytes } from 'node:crypto';
import { audit } from '../audit/log';
import { db } from '../db';
import { LOGIN_ERRORS, loginSchema } from './login-schema';
import { hashPassword, verifyPassword } from './password';
import { isThrottled, recordAttempt } from './throttle';

export type SignInOutcome =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; error: (typeof LOGIN_ERRORS)[keyof typeof LOGIN_ERRORS] };

// Checked against for unknown e-mail addresses, so they cost as much time as known ones and
// response times do not reveal which addresses have an account.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(randomBytes(16).toString('hex')));

export async function checkCredentials(input: unknown, ip: string): Promise<SignInOutcome> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: LOGIN_ERRORS.invalid };
  const { email, password } = parsed.data;

  if (await isThrottled(email, ip)) {
    await audit({ userId: null, action: 'login.throttled', entity: 'User', detail: { email }, ip });
    return { ok: false, error: LOGIN_ERRORS.throttled };
  }

  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  const success = Boolean(user && user.active && user.passwordHash && valid);
  await recordAttempt(email, ip, success);
  await audit({ userId: user?.id ?? null, action: success ? 'login.success' : 'login.failure', entity: 'User', entityId: user?.id, detail: { email }, ip });
  if (!success || !user) return { ok: false, error: LOGIN_ERRORS.invalid };

  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
