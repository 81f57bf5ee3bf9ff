import { afterEach, describe, expect, it } from 'vitest';
import { INVALID_INPUT } from '@/lib/actions/validate';
import { addMembership, removeMembership } from '@/lib/admin/memberships/actions';
import { listClassTeams, listTeamCandidates } from '@/lib/admin/memberships/queries';
import { movePupil } from '@/lib/admin/pupils/actions';
import { listClassPupilCodes } from '@/lib/admin/pupils/queries';
import { db } from '@/lib/db';
import { actAs } from '../support/fake-session';
import { createClass, createClassWithPair, createUser, currentUserOf } from '../support/factories';

afterEach(() => actAs(null));

async function asAdmin() {
  const admin = await createUser('ADMIN');
  actAs(admin);
  return admin;
}

describe('memberships', () => {
  it('put a care worker on classes in several schools, and take them off again', async () => {
    const admin = await asAdmin();
    const a = await createClassWithPair('SO', []);
    const b = await createClassWithPair('VSO', []);
    const careWorker = await createUser('CARE_WORKER');
    expect(await addMembership({ classId: a.schoolClass.id, userId: careWorker.id })).toEqual({ ok: true, data: { added: true } });
    expect(await addMembership({ classId: b.schoolClass.id, userId: careWorker.id })).toEqual({ ok: true, data: { added: true } });
    expect((await currentUserOf(careWorker.id)).classIds.sort()).toEqual([a.schoolClass.id, b.schoolClass.id].sort());

    actAs(admin);
    expect(await removeMembership({ classId: a.schoolClass.id, userId: careWorker.id })).toEqual({ ok: true, data: { removed: true } });
    expect((await currentUserOf(careWorker.id)).classIds).toEqual([b.schoolClass.id]);
    const entries = await db.auditLog.findMany({ where: { entityId: careWorker.id, userId: admin.id }, orderBy: { id: 'asc' } });
    expect(entries.map((e) => [e.action, e.classId])).toEqual([
      ['membership.add', a.schoolClass.id],
      ['membership.add', b.schoolClass.id],
      ['membership.remove', a.schoolClass.id],
    ]);
  });

  it('add once when asked twice, and log once', async () => {
    await asAdmin();
    const { schoolClass, teacher } = await createClassWithPair('SO', []);
    expect(await addMembership({ classId: schoolClass.id, userId: teacher.id })).toEqual({ ok: true, data: { added: false } });
    expect(await db.classTeamMember.count({ where: { classId: schoolClass.id } })).toBe(2);
    expect(await db.auditLog.count({ where: { action: 'membership.add', classId: schoolClass.id } })).toBe(0);
  });

  it('are only for active teachers and care workers', async () => {
    await asAdmin();
    const schoolClass = await createClass();
    const refused = { ok: false, formError: INVALID_INPUT, fieldErrors: { userId: ['admin.memberships.notEligible'] } };
    for (const user of [await createUser('COORDINATOR'), await createUser('ADMIN'), await createUser('TEACHER', { active: false })]) {
      expect(await addMembership({ classId: schoolClass.id, userId: user.id })).toEqual(refused);
    }
    expect(await addMembership({ classId: schoolClass.id, userId: 'nobody' })).toEqual(refused);
    expect(await db.classTeamMember.count({ where: { classId: schoolClass.id } })).toBe(0);
  });

  it('are listed per class, with the people who can still be added', async () => {
    const admin = await asAdmin();
    const { schoolClass, teacher, careWorker } = await createClassWithPair('SO', []);
    const user = await currentUserOf(admin.id);
    const team = (await listClassTeams(user)).find((c) => c.id === schoolClass.id);
    expect(team?.members.map((m) => m.id).sort()).toEqual([teacher.id, careWorker.id].sort());
    const candidates = await listTeamCandidates(user);
    expect(candidates.every((c) => c.role === 'TEACHER' || c.role === 'CARE_WORKER')).toBe(true);
    expect(candidates.map((c) => c.id)).toContain(teacher.id);
  });
});

describe('pupils', () => {
  it('are listed by code only: the admin never receives an alias', async () => {
    const admin = await asAdmin();
    const { schoolClass, pupils } = await createClassWithPair('SO', ['Geheimenaam', 'Anderenaam']);
    const classes = await listClassPupilCodes(await currentUserOf(admin.id));
    const mine = classes.find((c) => c.id === schoolClass.id);
    expect(mine?.pupils.map((p) => p.code).sort()).toEqual(pupils.map((p) => p.code).sort());
    expect(JSON.stringify(classes)).not.toMatch(/Geheimenaam|Anderenaam|alias/);
  });

  it('move by code to another class of the same school, audited', async () => {
    const admin = await asAdmin();
    const { school, schoolClass, pupils } = await createClassWithPair('SO', ['Sem']);
    const target = await createClass(school.id);
    const pupil = pupils[0]!;
    expect(await movePupil({ code: ` ${pupil.code.toLowerCase()} `, classId: target.id })).toEqual({ ok: true, data: { code: pupil.code, classId: target.id } });
    expect((await db.pupil.findUniqueOrThrow({ where: { id: pupil.id } })).classId).toBe(target.id);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: 'pupil.move', entityId: pupil.id } });
    expect(entry).toMatchObject({ userId: admin.id, classId: target.id, detail: { code: pupil.code, fromClassId: schoolClass.id, toClassId: target.id } });
    expect(JSON.stringify(entry.detail)).not.toContain('Sem');
  });

  it('end a buddy pairing when one of the pair moves (buddies are classmates)', async () => {
    await asAdmin();
    const { school, pupils } = await createClassWithPair('SO', ['Sem', 'Noor']);
    const [sem, noor] = pupils as [(typeof pupils)[number], (typeof pupils)[number]];
    await db.pupil.update({ where: { id: sem.id }, data: { buddyId: noor.id } });
    await db.pupil.update({ where: { id: noor.id }, data: { buddyId: sem.id } });
    const target = await createClass(school.id);
    expect((await movePupil({ code: sem.code, classId: target.id })).ok).toBe(true);
    expect(await db.pupil.findMany({ where: { id: { in: [sem.id, noor.id] } }, select: { buddyId: true } })).toEqual([{ buddyId: null }, { buddyId: null }]);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: 'pupil.move', entityId: sem.id } });
    expect(entry.detail).toMatchObject({ releasedBuddyIds: [noor.id] });
  });

  it('refuse another school’s class, the same class, an unknown code and a malformed one', async () => {
    await asAdmin();
    const { schoolClass, pupils } = await createClassWithPair('SO', ['Noor']);
    const elsewhere = await createClass();
    const code = pupils[0]!.code;
    expect(await movePupil({ code, classId: elsewhere.id })).toEqual({ ok: false, formError: INVALID_INPUT, fieldErrors: { classId: ['admin.pupils.otherSchool'] } });
    expect(await movePupil({ code, classId: schoolClass.id })).toEqual({ ok: false, formError: INVALID_INPUT, fieldErrors: { classId: ['admin.pupils.sameClass'] } });
    expect(await movePupil({ code: 'P-2222', classId: schoolClass.id })).toMatchObject({ fieldErrors: { code: ['admin.pupils.codeUnknown'] } });
    expect(await movePupil({ code: 'Noor', classId: schoolClass.id })).toMatchObject({ fieldErrors: { code: ['admin.pupils.codeFormat'] } });
    expect((await db.pupil.findUniqueOrThrow({ where: { code } })).classId).toBe(schoolClass.id);
  });
});
