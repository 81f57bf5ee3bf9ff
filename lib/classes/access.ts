import 'server-only';
import { notFound } from 'next/navigation';
import type { CurrentUser } from '../auth/current-user';
import { can, type Action } from '../auth/policy';
import { db } from '../db';

export interface ClassRef {
  id: string;
  name: string;
  schoolId: string;
  schoolName: string;
  schoolKind: 'SO' | 'VSO';
}

/** The class, when it exists and the user may act on its work; null otherwise (either way). */
export async function findClassFor(user: CurrentUser, classId: string, action: Action): Promise<ClassRef | null> {
  if (typeof classId !== 'string' || classId.length > 40) return null;
  const found = await db.schoolClass.findUnique({ where: { id: classId }, include: { school: true } });
  if (!found || !can(user, action, { kind: 'class', classId: found.id, schoolId: found.schoolId })) return null;
  return { id: found.id, name: found.name, schoolId: found.schoolId, schoolName: found.school.name, schoolKind: found.school.kind };
}

/** For pages and route handlers: the class, or a 404 that looks the same for missing and forbidden. */
export async function requireClass(user: CurrentUser, classId: string, action: Action): Promise<ClassRef> {
  const found = await findClassFor(user, classId, action);
  if (!found) notFound();
  return found;
}
