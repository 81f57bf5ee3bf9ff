import type { PrismaClient } from '../../lib/generated/prisma/client';
import { hashPassword } from '../../lib/auth/password';
import { newPupilCode } from '../../lib/pupils/pseudonym';
import { seedDemoEvaluations } from './demo-evaluations';
import { seedDemoNetwork } from './demo-network';
import { seedDemoPlans } from './demo-plans';
import { seedDemoRuns } from './demo-runs';
import { DEMO_PASSWORD, DEMO_SCHOOL_YEAR, demoSchools, demoStaff } from '../../lib/demo/demo-data';

/** Idempotent: finds what exists by its natural key and creates only what is missing. */
export async function seedDemo(db: PrismaClient): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ensureUser = (email: string, name: string, role: 'ADMIN' | 'COORDINATOR' | 'TEACHER' | 'CARE_WORKER', extra: { coordinatorAllSchools?: boolean } = {}) =>
    db.user.upsert({ where: { email }, update: {}, create: { email, name, role, passwordHash, ...extra } });

  for (const staff of demoStaff) {
    await ensureUser(staff.email, staff.name, staff.role, 'coordinatorAllSchools' in staff ? { coordinatorAllSchools: staff.coordinatorAllSchools } : {});
  }

  for (const demo of demoSchools) {
    const school =
      (await db.school.findFirst({ where: { name: demo.name } })) ??
      (await db.school.create({ data: { name: demo.name, kind: demo.kind, city: demo.city } }));
    const schoolClass = await db.schoolClass.upsert({
      where: { schoolId_name_schoolYear: { schoolId: school.id, name: demo.className, schoolYear: DEMO_SCHOOL_YEAR } },
      update: {},
      create: { schoolId: school.id, name: demo.className, schoolYear: DEMO_SCHOOL_YEAR, ageRange: demo.ageRange },
    });
    for (const [person, role] of [[demo.teacher, 'TEACHER'], [demo.careWorker, 'CARE_WORKER']] as const) {
      const user = await ensureUser(person.email, person.name, role);
      await db.classTeamMember.upsert({
        where: { classId_userId: { classId: schoolClass.id, userId: user.id } },
        update: {},
        create: { classId: schoolClass.id, userId: user.id },
      });
    }
    const existing = new Set((await db.pupil.findMany({ where: { classId: schoolClass.id }, select: { alias: true } })).map((p) => p.alias));
    for (const alias of demo.pupils) {
      if (!existing.has(alias)) await db.pupil.create({ data: { classId: schoolClass.id, alias, code: newPupilCode() } });
    }
  }
  await seedDemoPlans(db);
  await seedDemoRuns(db);
  await seedDemoNetwork(db);
  await seedDemoEvaluations(db);
}
