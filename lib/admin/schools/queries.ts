import 'server-only';
import type { CurrentUser } from '../../auth/current-user';
import { db } from '../../db';
import { assertAdminReads } from '../access';

export interface SchoolRow {
  id: string;
  name: string;
  kind: 'SO' | 'VSO';
  city: string;
  classCount: number;
}

export async function listSchools(user: CurrentUser): Promise<SchoolRow[]> {
  assertAdminReads(user);
  const schools = await db.school.findMany({
    orderBy: { name: 'asc' },
    select: { id: true, name: true, kind: true, city: true, _count: { select: { classes: true } } },
  });
  return schools.map(({ _count, ...school }) => ({ ...school, classCount: _count.classes }));
}

export async function getSchool(user: CurrentUser, id: string): Promise<Omit<SchoolRow, 'classCount'> | null> {
  assertAdminReads(user);
  return db.school.findUnique({ where: { id }, select: { id: true, name: true, kind: true, city: true } });
}

/** For choosing a school in other forms. */
export async function listSchoolOptions(user: CurrentUser): Promise<{ id: string; name: string }[]> {
  assertAdminReads(user);
  return db.school.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } });
}
