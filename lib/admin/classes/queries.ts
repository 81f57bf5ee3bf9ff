import 'server-only';
import type { CurrentUser } from '../../auth/current-user';
import { db } from '../../db';
import { assertAdminReads } from '../access';

export interface ClassRow {
  id: string;
  name: string;
  schoolYear: string;
  ageRange: string | null;
  school: { id: string; name: string };
  teamSize: number;
  activePupils: number;
}

export async function listClasses(user: CurrentUser): Promise<ClassRow[]> {
  assertAdminReads(user);
  const classes = await db.schoolClass.findMany({
    orderBy: [{ school: { name: 'asc' } }, { schoolYear: 'desc' }, { name: 'asc' }],
    select: {
      id: true,
      name: true,
      schoolYear: true,
      ageRange: true,
      school: { select: { id: true, name: true } },
      _count: { select: { team: true, pupils: { where: { active: true } } } },
    },
  });
  return classes.map(({ _count, ...c }) => ({ ...c, teamSize: _count.team, activePupils: _count.pupils }));
}

export interface ClassDetail {
  id: string;
  schoolId: string;
  name: string;
  schoolYear: string;
  ageRange: string | null;
}

export async function getClass(user: CurrentUser, id: string): Promise<ClassDetail | null> {
  assertAdminReads(user);
  return db.schoolClass.findUnique({ where: { id }, select: { id: true, schoolId: true, name: true, schoolYear: true, ageRange: true } });
}

/** For choosing a class in other forms: grouped by school in the order shown. */
export async function listClassOptions(user: CurrentUser): Promise<{ id: string; label: string; schoolId: string; schoolName: string }[]> {
  assertAdminReads(user);
  const classes = await db.schoolClass.findMany({
    orderBy: [{ school: { name: 'asc' } }, { schoolYear: 'desc' }, { name: 'asc' }],
    select: { id: true, name: true, schoolYear: true, school: { select: { id: true, name: true } } },
  });
  return classes.map((c) => ({ id: c.id, label: `${c.name} (${c.schoolYear})`, schoolId: c.school.id, schoolName: c.school.name }));
}
