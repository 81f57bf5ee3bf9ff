import { afterEach, describe, expect, it } from 'vitest';
import { INVALID_INPUT } from '@/lib/actions/validate';
import { NOT_ALLOWED } from '@/lib/actions/session-user';
import { getCurrentUser } from '@/lib/auth/current-user';
import { checkCredentials } from '@/lib/auth/sign-in';
import { deactivateAccount, reactivateAccount, updateAccount } from '@/lib/admin/accounts/actions';
import { getAccount, listAccounts } from '@/lib/admin/accounts/queries';
import { db } from '@/lib/db';
import { actAs } from '../support/fake-session';
import { createClassWithPair, createSchool, createUser, currentUserOf, TEST_PASSWORD } from '../support/factories';

afterEach(() => actAs(null));

describe('deactivating an account', () => {
  it('ends the user’s session at their next request and stops sign-in', async () => {
    const { teacher } = await createClassWithPair();
    actAs(teacher);
    expect(await getCurrentUser()).not.toBeNull();

    const admin = await createUser('ADMIN');
    actAs(admin);
    expect(await deactivateAccount({ id: teacher.id })).toEqual({ ok: true, data: { id: teacher.id } });

    actAs(teacher);
    expect(await getCurrentUser()).toBeNull();
    expect(await checkCredentials({ email: teacher.email, password: TEST_PASSWORD }, '10.0.0.1')).toEqual({ ok: false, error: 'CredentialsSignin' });
    const after = await db.user.findUniqueOrThrow({ where: { id: teacher.id } });
    expect(after).toMatchObject({ active: false, sessionVersion: teacher.sessionVersion + 1 });
    expect(await db.auditLog.count({ where: { action: 'account.deactivate', entityId: teacher.id, userId: admin.id } })).toBe(1);
  });

  it('keeps the team membership, so reactivating restores access', async () => {
    const { careWorker, schoolClass } = await createClassWithPair();
    actAs(await createUser('ADMIN'));
    await deactivateAccount({ id: careWorker.id });
    expect(await reactivateAccount({ id: careWorker.id })).toEqual({ ok: true, data: { id: careWorker.id } });
    expect(await checkCredentials({ email: careWorker.email, password: TEST_PASSWORD }, '10.0.0.2')).toMatchObject({ ok: true });
    const current = await currentUserOf(careWorker.id);
    expect(current.classIds).toEqual([schoolClass.id]);
    expect(await db.auditLog.count({ where: { action: 'account.reactivate', entityId: careWorker.id } })).toBe(1);
  });

  it('is refused for the admin themselves', async () => {
    const admin = await createUser('ADMIN');
    actAs(admin);
    expect(await deactivateAccount({ id: admin.id })).toEqual({ ok: false, formError: 'admin.accounts.cannotDeactivateSelf' });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).active).toBe(true);
  });

  it('answers "not allowed or gone" for an unknown account', async () => {
    actAs(await createUser('ADMIN'));
    expect(await deactivateAccount({ id: 'doesnotexist' })).toEqual({ ok: false, formError: NOT_ALLOWED });
    expect(await reactivateAccount({ id: 'doesnotexist' })).toEqual({ ok: false, formError: NOT_ALLOWED });
  });
});

describe('editing an account', () => {
  it('changes name, role and a coordinator’s schools, and audits it', async () => {
    const teacher = await createUser('TEACHER');
    const school = await createSchool();
    const admin = await createUser('ADMIN');
    actAs(admin);
    const result = await updateAccount({ id: teacher.id, name: 'Nieuwe Naam', role: 'COORDINATOR', coordinatorScope: 'SELECTED', schoolIds: [school.id] });
    expect(result).toEqual({ ok: true, data: { id: teacher.id } });
    const coordinator = await currentUserOf(teacher.id);
    expect(coordinator).toMatchObject({ name: 'Nieuwe Naam', role: 'COORDINATOR', coordinatorSchoolIds: [school.id] });
    expect(await db.auditLog.count({ where: { action: 'account.update', entityId: teacher.id, userId: admin.id } })).toBe(1);
  });

  it('takes someone off their teams when they stop being a teacher or care worker', async () => {
    const { teacher } = await createClassWithPair();
    actAs(await createUser('ADMIN'));
    await updateAccount({ id: teacher.id, name: teacher.name, role: 'COORDINATOR', coordinatorScope: 'ALL', schoolIds: [] });
    expect(await db.classTeamMember.count({ where: { userId: teacher.id } })).toBe(0);
  });

  it('does not let an admin change their own role', async () => {
    const admin = await createUser('ADMIN');
    actAs(admin);
    expect(await updateAccount({ id: admin.id, name: 'Ik', role: 'TEACHER', coordinatorScope: 'ALL', schoolIds: [] })).toEqual({
      ok: false,
      formError: INVALID_INPUT,
      fieldErrors: { role: ['admin.accounts.cannotChangeOwnRole'] },
    });
    expect(await updateAccount({ id: admin.id, name: 'Ik', role: 'ADMIN', coordinatorScope: 'ALL', schoolIds: [] })).toMatchObject({ ok: true });
  });

  it('returns field errors for bad input', async () => {
    actAs(await createUser('ADMIN'));
    const result = await updateAccount({ id: '', name: '   ', role: 'KING', coordinatorScope: 'ALL', schoolIds: [] });
    expect(result).toMatchObject({ ok: false, fieldErrors: { id: ['forms.errors.choose'], name: ['forms.errors.required'], role: ['forms.errors.choose'] } });
  });
});

describe('account queries', () => {
  it('list role, state and classes, without any secret', async () => {
    const { teacher, schoolClass, school } = await createClassWithPair();
    const admin = await createUser('ADMIN');
    const invited = await db.user.create({ data: { email: `invited-${Date.now()}@example.org`, name: 'Invited', role: 'CARE_WORKER' } });
    const rows = await listAccounts(await currentUserOf(admin.id));
    expect(rows.find((r) => r.id === teacher.id)).toEqual({
      id: teacher.id,
      email: teacher.email,
      name: teacher.name,
      role: 'TEACHER',
      status: 'active',
      classes: [{ id: schoolClass.id, name: schoolClass.name, schoolName: school.name }],
      coordinatorSchools: [],
    });
    expect(rows.find((r) => r.id === invited.id)?.status).toBe('invited');
    expect(JSON.stringify(rows)).not.toMatch(/argon2|passwordHash|tokenHash/);
    // Made a coordinator later, a teacher starts with every school until the admin limits it.
    expect(await getAccount(await currentUserOf(admin.id), teacher.id)).toMatchObject({ coordinatorScope: 'ALL', schoolIds: [] });
    const detail = await getAccount(await currentUserOf(admin.id), admin.id);
    expect(detail).toMatchObject({ isSelf: true, status: 'active' });
    expect(JSON.stringify(detail)).not.toMatch(/argon2|passwordHash|tokenHash/);
  });

  it('are not served to anyone but an admin', async () => {
    const { teacher } = await createClassWithPair();
    const coordinator = await createUser('COORDINATOR');
    for (const user of [teacher, coordinator]) {
      await expect(listAccounts(await currentUserOf(user.id))).rejects.toThrow();
      await expect(getAccount(await currentUserOf(user.id), user.id)).rejects.toThrow();
    }
  });
});
