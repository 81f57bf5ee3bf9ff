/**
 * Every admin action refuses everyone but an admin, before reading its input: anonymous
 * callers, teachers, care workers and coordinators (also one with all schools in scope).
 * And nothing is written when it refuses.
 */
import { describe, expect, it } from 'vitest';
import { NOT_ALLOWED, SESSION_EXPIRED } from '@/lib/actions/session-user';
import { db } from '@/lib/db';
import { deactivateAccount, inviteAccount, issueNewLink, reactivateAccount, updateAccount } from '@/lib/admin/accounts/actions';
import { createClass as createClassAction, updateClass } from '@/lib/admin/classes/actions';
import { addMembership, removeMembership } from '@/lib/admin/memberships/actions';
import { movePupil } from '@/lib/admin/pupils/actions';
import { createSchool, updateSchool } from '@/lib/admin/schools/actions';
import type { ActionResult } from '@/lib/result';
import { actAs } from '../support/fake-session';
import { createClass, createClassWithPair, createUser } from '../support/factories';

const world = await (async () => {
  const pair = await createClassWithPair();
  const otherClass = await createClass(pair.school.id);
  const spare = await createUser('TEACHER');
  const coordinatorAll = await createUser('COORDINATOR');
  const coordinatorOne = await createUser('COORDINATOR', { coordinatorSchoolIds: [pair.school.id] });
  return { ...pair, otherClass, spare, coordinatorAll, coordinatorOne };
})();

/** Each admin action with an input that an admin could use. */
const actions: [string, () => Promise<ActionResult<unknown>>][] = [
  ['createSchool', () => createSchool({ name: 'Nieuwe school', kind: 'SO', city: 'Venlo' })],
  ['updateSchool', () => updateSchool({ id: world.school.id, name: 'Hernoemd', kind: 'VSO', city: 'Venlo' })],
  ['createClass', () => createClassAction({ schoolId: world.school.id, name: 'Nieuwe klas', schoolYear: '2026-2027', ageRange: '' })],
  ['updateClass', () => updateClass({ id: world.schoolClass.id, schoolId: world.school.id, name: 'Hernoemd', schoolYear: '2026-2027', ageRange: '' })],
  ['inviteAccount', () => inviteAccount({ email: 'nieuw@example.org', name: 'Nieuw', role: 'ADMIN', coordinatorScope: 'ALL', schoolIds: [] })],
  ['updateAccount', () => updateAccount({ id: world.spare.id, name: 'Ander', role: 'ADMIN', coordinatorScope: 'ALL', schoolIds: [] })],
  ['issueNewLink', () => issueNewLink({ id: world.spare.id })],
  ['deactivateAccount', () => deactivateAccount({ id: world.spare.id })],
  ['reactivateAccount', () => reactivateAccount({ id: world.spare.id })],
  ['addMembership', () => addMembership({ classId: world.otherClass.id, userId: world.teacher.id })],
  ['removeMembership', () => removeMembership({ classId: world.schoolClass.id, userId: world.careWorker.id })],
  ['movePupil', () => movePupil({ code: world.pupils[0]!.code, classId: world.otherClass.id })],
];

const callers = [
  ['anonymous', null, SESSION_EXPIRED],
  ['a teacher of the class', world.teacher, NOT_ALLOWED],
  ['a care worker of the class', world.careWorker, NOT_ALLOWED],
  ['a coordinator of every school', world.coordinatorAll, NOT_ALLOWED],
  ['a coordinator of this school', world.coordinatorOne, NOT_ALLOWED],
] as const;

async function snapshot() {
  return {
    audit: await db.auditLog.count(),
    schools: await db.school.findMany({ orderBy: { id: 'asc' } }),
    classes: await db.schoolClass.findMany({ orderBy: { id: 'asc' } }),
    users: await db.user.findMany({ orderBy: { id: 'asc' } }),
    team: await db.classTeamMember.findMany({ orderBy: [{ classId: 'asc' }, { userId: 'asc' }] }),
    pupils: await db.pupil.findMany({ orderBy: { id: 'asc' } }),
    invitations: await db.invitation.count(),
  };
}

describe('admin actions refuse non-admins', () => {
  for (const [who, caller, message] of callers) {
    for (const [name, run] of actions) {
      it(`${name} refuses ${who}`, async () => {
        actAs(caller);
        const before = await snapshot();
        const result = await run();
        expect(result).toEqual({ ok: false, formError: message });
        expect(await snapshot()).toEqual(before);
      });
    }
  }

  it('the same calls succeed for an admin (so the refusals above are real)', async () => {
    actAs(await createUser('ADMIN'));
    for (const [name, run] of actions) {
      const result = await run();
      expect(result.ok, `${name}: ${JSON.stringify(result)}`).toBe(true);
    }
  });

  it('refuses a deactivated admin', async () => {
    const admin = await createUser('ADMIN', { active: false });
    actAs(admin);
    expect(await createSchool({ name: 'X', kind: 'SO', city: 'Y' })).toEqual({ ok: false, formError: SESSION_EXPIRED });
  });
});
