import 'server-only';
import type { CurrentUser } from '../auth/current-user';
import { can } from '../auth/policy';
import { db } from '../db';

export interface ClassSummary {
  id: string;
  name: string;
  schoolYear: string;
  ageRange: string | null;
  school: { id: string; name: string; kind: 'SO' | 'VSO'; city: string };
  team: { name: string; role: 'TEACHER' | 'CARE_WORKER' }[];
  activePupils: number;
}

/**
 * The classes this user may read the work of: the pair's own classes, or every class in a
 * coordinator's scope. Admins manage classes elsewhere and get none here.
 */
export async function listReadableClasses(user: CurrentUser): Promise<ClassSummary[]> {
  if (user.role === 'ADMIN') return [];
  const where =
    user.role === 'COORDINATOR'
      ? user.coordinatorSchoolIds === null
        ? {}
        : { schoolId: { in: user.coordinatorSchoolIds } }
      : { id: { in: user.classIds } };
  const classes = await db.schoolClass.findMany({
    where,
    orderBy: [{ school: { name: 'asc' } }, { name: 'asc' }],
    include: {
      school: true,
      team: { include: { user: { select: { name: true, role: true, active: true } } } },
      _count: { select: { pupils: { where: { active: true } } } },
    },
  });
  return classes
    .filter((c) => can(user, 'read', { kind: 'class', classId: c.id, schoolId: c.schoolId }))
    .map((c) => ({
      id: c.id,
      name: c.name,
      schoolYear: c.schoolYear,
      ageRange: c.ageRange,
      school: { id: c.school.id, name: c.school.name, kind: c.school.kind, city: c.school.city },
      team: c.team
        .filter((m) => m.user.active && (m.user.role === 'TEACHER' || m.user.role === 'CARE_WORKER'))
        .map((m) => ({ name: m.user.name, role: m.user.role as 'TEACHER' | 'CARE_WORKER' })),
      activePupils: c._count.pupils,
    }));
}
