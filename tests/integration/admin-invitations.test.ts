import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INVALID_INPUT } from '@/lib/actions/validate';
import { getCurrentUser } from '@/lib/auth/current-user';
import { acceptInvitation } from '@/lib/auth/invitation-actions';
import { findOpenInvitation } from '@/lib/auth/invitations';
import { verifyPassword } from '@/lib/auth/password';
import { checkCredentials } from '@/lib/auth/sign-in';
import { deactivateAccount, inviteAccount, issueNewLink } from '@/lib/admin/accounts/actions';
import { db } from '@/lib/db';
import { actAs } from '../support/fake-session';
import { createUser } from '../support/factories';

const NEW_PASSWORD = 'een zin van vier woorden';
const DAY = 24 * 60 * 60 * 1000;
let counter = 0;

async function invite(role: 'TEACHER' | 'CARE_WORKER' | 'COORDINATOR' | 'ADMIN' = 'TEACHER') {
  actAs(await createUser('ADMIN'));
  const email = `uitgenodigd-${++counter}-${Date.now()}@example.org`;
  const result = await inviteAccount({ email, name: 'Nieuwe Collega', role, coordinatorScope: 'ALL', schoolIds: [] });
  if (!result.ok) throw new Error(JSON.stringify(result));
  const token = result.data.path.replace('/uitnodiging/', '');
  return { ...result.data, token };
}

const accept = (token: string, password = NEW_PASSWORD, repeatPassword = password) => acceptInvitation({ token, password, repeatPassword });

afterEach(() => {
  vi.useRealTimers();
  actAs(null);
});

describe('inviting an account', () => {
  it('creates the account without a password and stores only the hash of a 32-byte token', async () => {
    const { id, token, path } = await invite();
    expect(path).toBe(`/uitnodiging/${token}`);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const user = await db.user.findUniqueOrThrow({ where: { id } });
    expect(user).toMatchObject({ passwordHash: null, active: true, role: 'TEACHER' });
    const [invitation] = await db.invitation.findMany({ where: { userId: id } });
    expect(invitation!.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(await db.invitation.count({ where: { tokenHash: token } })).toBe(0);
    const audit = await db.auditLog.findMany({ select: { detail: true, entityId: true } });
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it('is valid for 7 days', async () => {
    const before = Date.now();
    const { id } = await invite();
    const invitation = await db.invitation.findFirstOrThrow({ where: { userId: id } });
    const validFor = invitation.expiresAt.getTime() - before;
    expect(validFor).toBeGreaterThanOrEqual(7 * DAY);
    expect(validFor).toBeLessThan(7 * DAY + 60_000);
  });

  it('audits the invitation, with who did it', async () => {
    const admin = await createUser('ADMIN');
    actAs(admin);
    const result = await inviteAccount({ email: 'audit-invite@example.org', name: 'A', role: 'CARE_WORKER', coordinatorScope: 'ALL', schoolIds: [] });
    expect(result.ok).toBe(true);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: 'account.invite', userId: admin.id } });
    expect(entry).toMatchObject({ entity: 'User', detail: { email: 'audit-invite@example.org', role: 'CARE_WORKER' } });
  });

  it('gives a field error, not a crash, for an e-mail address that already has an account', async () => {
    const existing = await createUser('TEACHER');
    actAs(await createUser('ADMIN'));
    const result = await inviteAccount({ email: existing.email.toUpperCase(), name: 'Dubbel', role: 'TEACHER', coordinatorScope: 'ALL', schoolIds: [] });
    expect(result).toEqual({ ok: false, formError: INVALID_INPUT, fieldErrors: { email: ['admin.accounts.emailTaken'] } });
    expect(await db.user.count({ where: { email: existing.email } })).toBe(1);
  });

  it('stores a coordinator’s chosen schools, or all schools', async () => {
    const school = await db.school.create({ data: { name: 'Scope', kind: 'VSO', city: 'Venlo' } });
    actAs(await createUser('ADMIN'));
    const some = await inviteAccount({ email: 'coord-some@example.org', name: 'C', role: 'COORDINATOR', coordinatorScope: 'SELECTED', schoolIds: [school.id] });
    const all = await inviteAccount({ email: 'coord-all@example.org', name: 'C', role: 'COORDINATOR', coordinatorScope: 'ALL', schoolIds: [school.id] });
    const none = await inviteAccount({ email: 'coord-none@example.org', name: 'C', role: 'COORDINATOR', coordinatorScope: 'SELECTED', schoolIds: [] });
    const gone = await inviteAccount({ email: 'coord-gone@example.org', name: 'C', role: 'COORDINATOR', coordinatorScope: 'SELECTED', schoolIds: ['doesnotexist'] });
    if (!some.ok || !all.ok) throw new Error('invite failed');
    expect(await db.user.findUniqueOrThrow({ where: { id: some.data.id }, include: { coordinatorSchools: true } })).toMatchObject({
      coordinatorAllSchools: false,
      coordinatorSchools: [{ schoolId: school.id }],
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: all.data.id }, include: { coordinatorSchools: true } })).toMatchObject({ coordinatorAllSchools: true, coordinatorSchools: [] });
    expect(none).toMatchObject({ ok: false, fieldErrors: { schoolIds: ['admin.accounts.chooseSchools'] } });
    expect(gone).toMatchObject({ ok: false, fieldErrors: { schoolIds: ['admin.accounts.schoolMissing'] } });
    expect(await db.user.count({ where: { email: 'coord-gone@example.org' } })).toBe(0);
  });
});

describe('accepting an invitation', () => {
  it('shows the account for an open link, and nothing for an unknown one', async () => {
    const { token, email } = await invite();
    expect(await findOpenInvitation(token)).toEqual({ email });
    expect(await findOpenInvitation('x'.repeat(43))).toBeNull();
    expect(await findOpenInvitation('not a token')).toBeNull();
  });

  it('sets an argon2id password, ends older sessions, marks the link used and audits, all at once', async () => {
    const { token, id, email } = await invite();
    const before = await db.user.findUniqueOrThrow({ where: { id } });
    actAs(null);
    expect(await accept(token)).toEqual({ ok: true, data: { email } });
    const after = await db.user.findUniqueOrThrow({ where: { id } });
    expect(after.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(after.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect((await db.invitation.findFirstOrThrow({ where: { userId: id } })).usedAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: 'account.password-set', userId: id, entityId: id } })).toBe(1);
    expect(await checkCredentials({ email, password: NEW_PASSWORD }, '127.0.0.1')).toMatchObject({ ok: true });
  });

  it('can be used once', async () => {
    const { token } = await invite();
    expect((await accept(token)).ok).toBe(true);
    expect(await accept(token, 'een ander lang wachtwoord')).toEqual({ ok: false, formError: 'auth.inviteInvalid' });
    expect(await findOpenInvitation(token)).toBeNull();
  });

  it('can be used once, even when submitted twice at the same moment', async () => {
    const { token, id } = await invite();
    const results = await Promise.all([accept(token), accept(token)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.auditLog.count({ where: { action: 'account.password-set', userId: id } })).toBe(1);
  });

  it('expires after 7 days', async () => {
    const { token } = await invite();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 7 * DAY - 60_000);
    expect(await findOpenInvitation(token)).not.toBeNull();
    vi.setSystemTime(Date.now() + 2 * 60_000);
    expect(await findOpenInvitation(token)).toBeNull();
    expect(await accept(token)).toEqual({ ok: false, formError: 'auth.inviteInvalid' });
  });

  it('answers the same for unknown, used and expired links', async () => {
    expect(await accept('A'.repeat(43))).toEqual({ ok: false, formError: 'auth.inviteInvalid' });
  });

  it('refuses a link of a deactivated account', async () => {
    const { token, id } = await invite();
    await deactivateAccount({ id });
    expect(await findOpenInvitation(token)).toBeNull();
    expect(await accept(token)).toEqual({ ok: false, formError: 'auth.inviteInvalid' });
  });

  it('refuses short, common and mismatched passwords with their messages, keeping the link open', async () => {
    const { token } = await invite();
    expect(await accept(token, 'kort')).toMatchObject({ ok: false, fieldErrors: { password: ['auth.passwordTooShort'] } });
    expect(await accept(token, 'Wachtwoord123')).toMatchObject({ ok: false, fieldErrors: { password: ['auth.passwordCommon'] } });
    expect(await accept(token, 'welkom123456')).toMatchObject({ ok: false, fieldErrors: { password: ['auth.passwordCommon'] } });
    expect(await accept(token, NEW_PASSWORD, 'iets anders dan dat')).toMatchObject({ ok: false, fieldErrors: { repeatPassword: ['auth.passwordMismatch'] } });
    expect(await findOpenInvitation(token)).not.toBeNull();
  });

  it('returns field errors for nonsense input, never throws', async () => {
    for (const input of [null, undefined, 42, 'x', [], {}, { token: 1, password: {}, repeatPassword: [] }]) {
      const result = await acceptInvitation(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.fieldErrors).toBeDefined();
    }
  });
});

describe('a new link (reset)', () => {
  it('invalidates the previous link and works itself', async () => {
    const { token: first, id } = await invite();
    const reset = await issueNewLink({ id });
    if (!reset.ok) throw new Error(JSON.stringify(reset));
    const second = reset.data.path.replace('/uitnodiging/', '');
    expect(second).not.toBe(first);
    expect(await findOpenInvitation(first)).toBeNull();
    expect(await accept(first)).toEqual({ ok: false, formError: 'auth.inviteInvalid' });
    expect((await accept(second)).ok).toBe(true);
    expect(await db.auditLog.count({ where: { action: 'account.reset-link', entityId: id } })).toBe(1);
  });

  it('lets a user with a password set a new one, ending their current sessions', async () => {
    const teacher = await createUser('TEACHER');
    actAs(await createUser('ADMIN'));
    const reset = await issueNewLink({ id: teacher.id });
    if (!reset.ok) throw new Error('reset failed');
    expect((await accept(reset.data.path.replace('/uitnodiging/', ''))).ok).toBe(true);
    actAs(teacher);
    expect(await getCurrentUser()).toBeNull();
  });

  it('is refused for a deactivated account', async () => {
    const teacher = await createUser('TEACHER', { active: false });
    actAs(await createUser('ADMIN'));
    expect(await issueNewLink({ id: teacher.id })).toEqual({ ok: false, formError: 'admin.accounts.reactivateFirst' });
    expect(await db.invitation.count({ where: { userId: teacher.id } })).toBe(0);
  });
});
