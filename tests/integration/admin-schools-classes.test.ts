import { afterEach, describe, expect, it } from 'vitest';
import { INVALID_INPUT } from '@/lib/actions/validate';
import { NOT_ALLOWED } from '@/lib/actions/session-user';
import { createClass, updateClass } from '@/lib/admin/classes/actions';
import { listClasses } from '@/lib/admin/classes/queries';
import { createSchool, updateSchool } from '@/lib/admin/schools/actions';
import { listSchools } from '@/lib/admin/schools/queries';
import { db } from '@/lib/db';
import { actAs } from '../support/fake-session';
import { revalidated } from '../support/next-stubs';
import { createSchool as schoolFactory, createUser, currentUserOf } from '../support/factories';

afterEach(() => actAs(null));

async function asAdmin() {
  const admin = await createUser('ADMIN');
  actAs(admin);
  return admin;
}

describe('schools', () => {
  it('are created and edited, trimmed, audited and the admin pages refreshed', async () => {
    const admin = await asAdmin();
    const created = await createSchool({ name: '  De Regenboog ', kind: 'SO', city: ' Venlo ' });
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(await db.school.findUniqueOrThrow({ where: { id: created.data.id } })).toMatchObject({ name: 'De Regenboog', kind: 'SO', city: 'Venlo' });
    expect(revalidated).toContain('/beheer');

    expect(await updateSchool({ id: created.data.id, name: 'De Regenboog VSO', kind: 'VSO', city: 'Venlo' })).toEqual({ ok: true, data: { id: created.data.id } });
    expect(await db.school.findUniqueOrThrow({ where: { id: created.data.id } })).toMatchObject({ name: 'De Regenboog VSO', kind: 'VSO' });
    const actions = (await db.auditLog.findMany({ where: { entityId: created.data.id, userId: admin.id }, orderBy: { id: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['school.create', 'school.update']);
    expect((await listSchools(await currentUserOf(admin.id))).find((s) => s.id === created.data.id)).toMatchObject({ name: 'De Regenboog VSO', classCount: 0 });
  });

  it('give field errors for bad input', async () => {
    await asAdmin();
    expect(await createSchool({ name: '', kind: 'MBO', city: 'x'.repeat(81) })).toEqual({
      ok: false,
      formError: INVALID_INPUT,
      fieldErrors: { name: ['forms.errors.required'], kind: ['forms.errors.choose'], city: ['forms.errors.tooLong'] },
    });
    expect(await updateSchool({ id: 'doesnotexist', name: 'A', kind: 'SO', city: 'B' })).toEqual({ ok: false, formError: NOT_ALLOWED });
    // PostgreSQL refuses NUL in text: refused as input, not a crash on writing.
    expect(await createSchool({ name: 'Nul\u0000school', kind: 'SO', city: 'B' })).toMatchObject({ ok: false, fieldErrors: { name: ['forms.errors.characters'] } });
  });
});

describe('classes', () => {
  it('are created and edited with school, name, school year and age range', async () => {
    const admin = await asAdmin();
    const school = await schoolFactory();
    const other = await schoolFactory('VSO');
    const created = await createClass({ schoolId: school.id, name: 'Groep Ster', schoolYear: '2026-2027', ageRange: '8–10 jaar' });
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(await db.schoolClass.findUniqueOrThrow({ where: { id: created.data.id } })).toMatchObject({ schoolId: school.id, name: 'Groep Ster', ageRange: '8–10 jaar' });

    expect((await updateClass({ id: created.data.id, schoolId: other.id, name: 'Klas 1A', schoolYear: '2027-2028', ageRange: '' })).ok).toBe(true);
    expect(await db.schoolClass.findUniqueOrThrow({ where: { id: created.data.id } })).toMatchObject({ schoolId: other.id, name: 'Klas 1A', schoolYear: '2027-2028', ageRange: null });
    expect(await db.auditLog.count({ where: { classId: created.data.id, action: { in: ['class.create', 'class.update'] } } })).toBe(2);
    const rows = await listClasses(await currentUserOf(admin.id));
    expect(rows.find((r) => r.id === created.data.id)).toMatchObject({ school: { id: other.id }, teamSize: 0, activePupils: 0 });
  });

  it('refuse a name the school already has in that school year, as a field error', async () => {
    await asAdmin();
    const school = await schoolFactory();
    const first = await createClass({ schoolId: school.id, name: 'Groep Zon', schoolYear: '2026-2027', ageRange: '' });
    const second = await createClass({ schoolId: school.id, name: 'Groep Maan', schoolYear: '2026-2027', ageRange: '' });
    if (!first.ok || !second.ok) throw new Error('setup failed');
    const duplicate = { ok: false, formError: INVALID_INPUT, fieldErrors: { name: ['admin.classes.nameTaken'] } };
    expect(await createClass({ schoolId: school.id, name: 'Groep Zon', schoolYear: '2026-2027', ageRange: '' })).toEqual(duplicate);
    expect(await updateClass({ id: second.data.id, schoolId: school.id, name: 'Groep Zon', schoolYear: '2026-2027', ageRange: '' })).toEqual(duplicate);
    // The same name in another year is another class.
    expect((await createClass({ schoolId: school.id, name: 'Groep Zon', schoolYear: '2027-2028', ageRange: '' })).ok).toBe(true);
    expect(await db.schoolClass.count({ where: { schoolId: school.id } })).toBe(3);
  });

  it('give field errors for a bad school year, a missing school and other bad input', async () => {
    await asAdmin();
    const school = await schoolFactory();
    expect(await createClass({ schoolId: school.id, name: 'A', schoolYear: '2026-2028', ageRange: '' })).toMatchObject({ fieldErrors: { schoolYear: ['admin.classes.schoolYearFormat'] } });
    expect(await createClass({ schoolId: school.id, name: 'A', schoolYear: '26/27', ageRange: '' })).toMatchObject({ fieldErrors: { schoolYear: ['admin.classes.schoolYearFormat'] } });
    expect(await createClass({ schoolId: 'gone', name: 'A', schoolYear: '2026-2027', ageRange: '' })).toMatchObject({ fieldErrors: { schoolId: ['admin.classes.schoolMissing'] } });
    expect(await createClass({ schoolId: '', name: '', schoolYear: '', ageRange: 5 })).toMatchObject({
      ok: false,
      fieldErrors: { schoolId: ['forms.errors.choose'], name: ['forms.errors.required'], schoolYear: ['admin.classes.schoolYearFormat'] },
    });
  });
});
