/** Data factories for integration tests: each call makes fresh, unique records. */
import { randomBytes } from 'node:crypto';
import { db } from '../../lib/db';
import type { Role, SchoolKind } from '../../lib/generated/prisma/enums';
import { hashPassword } from '../../lib/auth/password';
import { newPupilCode } from '../../lib/pupils/pseudonym';
import type { CurrentUser } from '../../lib/auth/current-user';

const unique = () => randomBytes(4).toString('hex');

export async function createSchool(kind: SchoolKind = 'SO') {
  return db.school.create({ data: { name: `School ${unique()}`, kind, city: 'Eindhoven' } });
}

export async function createClass(schoolId?: string) {
  const school = schoolId ? { id: schoolId } : await createSchool();
  return db.schoolClass.create({ data: { schoolId: school.id, name: `Groep ${unique()}`, schoolYear: '2026-2027' } });
}

let passwordHash: Promise<string> | undefined;
export const TEST_PASSWORD = 'een-lang-testwachtwoord';

export async function createUser(role: Role, options: { classIds?: string[]; coordinatorSchoolIds?: string[]; active?: boolean } = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const user = await db.user.create({
    data: {
      email: `${role.toLowerCase()}-${unique()}@example.org`,
      name: `${role} ${unique()}`,
      role,
      passwordHash: await passwordHash,
      active: options.active ?? true,
      coordinatorAllSchools: role === 'COORDINATOR' && !options.coordinatorSchoolIds,
      memberships: options.classIds ? { create: options.classIds.map((classId) => ({ classId })) } : undefined,
      coordinatorSchools: options.coordinatorSchoolIds ? { create: options.coordinatorSchoolIds.map((schoolId) => ({ schoolId })) } : undefined,
    },
  });
  return user;
}

export async function createPupil(classId: string, alias = `Kind${unique()}`) {
  return db.pupil.create({ data: { classId, alias, code: newPupilCode() } });
}

/** A class with its pair (teacher + care worker) and some pupils. */
export async function createClassWithPair(kind: SchoolKind = 'SO', pupilAliases = ['Sem', 'Noor', 'Daan']) {
  const school = await createSchool(kind);
  const schoolClass = await createClass(school.id);
  const teacher = await createUser('TEACHER', { classIds: [schoolClass.id] });
  const careWorker = await createUser('CARE_WORKER', { classIds: [schoolClass.id] });
  const pupils = [];
  for (const alias of pupilAliases) pupils.push(await createPupil(schoolClass.id, alias));
  return { school, schoolClass, teacher, careWorker, pupils };
}

/** The CurrentUser the app would build for this user (for calling policy directly). */
export async function currentUserOf(userId: string): Promise<CurrentUser> {
  const { getCurrentUser } = await import('../../lib/auth/current-user');
  const { actAs } = await import('./fake-session');
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  actAs(user);
  const current = await getCurrentUser();
  if (!current) throw new Error('user is not signed in');
  return current;
}
