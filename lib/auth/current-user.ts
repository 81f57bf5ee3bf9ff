import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { db } from '../db';
import type { Role } from '../generated/prisma/enums';
import { readSession } from './session';

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Classes the user is on the team of (teachers and care workers). */
  classIds: string[];
  /** Coordinators: null = every school; otherwise the schools in scope. */
  coordinatorSchoolIds: string[] | null;
}

/**
 * The signed-in user, re-read from the database on every request (once per request thanks to
 * React's cache): a deactivated account or a changed password (session version) is refused
 * on its very next request, whatever the cookie says.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await readSession();
  if (!session) return null;
  const user = await db.user.findUnique({
    where: { id: session.uid },
    include: { memberships: { select: { classId: true } }, coordinatorSchools: { select: { schoolId: true } } },
  });
  if (!user || !user.active || user.sessionVersion !== session.sv) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    classIds: user.memberships.map((m) => m.classId),
    coordinatorSchoolIds: user.role === 'COORDINATOR' && !user.coordinatorAllSchools ? user.coordinatorSchools.map((s) => s.schoolId) : null,
  };
});

/** For pages: the signed-in user, or a redirect to the login page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/login');
  return user;
}
