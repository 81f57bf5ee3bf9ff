import 'server-only';
import type { Prisma } from '../../generated/prisma/client';

type ScopeWriter = Pick<Prisma.TransactionClient, 'coordinatorSchool' | 'school'>;

/** Which schools an account reads as coordinator, as stored on the user. */
export function coordinatorAllSchoolsFor(role: string, scope: 'ALL' | 'SELECTED'): boolean {
  return role === 'COORDINATOR' && scope === 'ALL';
}

/**
 * Replaces the coordinator's chosen schools. Other roles keep none. Returns false when a chosen
 * school does not exist (any more), so nothing is written and the form can say so.
 */
export async function replaceCoordinatorSchools(tx: ScopeWriter, userId: string, role: string, scope: 'ALL' | 'SELECTED', schoolIds: string[]): Promise<boolean> {
  const chosen = role === 'COORDINATOR' && scope === 'SELECTED' ? [...new Set(schoolIds)] : [];
  if (chosen.length > 0 && (await tx.school.count({ where: { id: { in: chosen } } })) !== chosen.length) return false;
  await tx.coordinatorSchool.deleteMany({ where: { userId } });
  if (chosen.length > 0) await tx.coordinatorSchool.createMany({ data: chosen.map((schoolId) => ({ userId, schoolId })) });
  return true;
}
