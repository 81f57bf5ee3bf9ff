'use server';

import { revalidatePath } from 'next/cache';
import { NOT_ALLOWED } from '../../actions/session-user';
import { INVALID_INPUT, validate } from '../../actions/validate';
import { audit } from '../../audit/log';
import { db } from '../../db';
import { fail, ok, type ActionResult } from '../../result';
import { adminActionUser } from '../access';
import { membershipSchema } from './schema';

/**
 * Puts a teacher or care worker on a class's team. A care worker may serve classes in several
 * schools, so nothing limits the school. Adding someone who is already on the team changes
 * nothing (a double-clicked button adds once, and logs once).
 */
export async function addMembership(input: unknown): Promise<ActionResult<{ added: boolean }>> {
  const session = await adminActionUser();
  if (!session.ok) return session.result;
  const parsed = validate(membershipSchema, input);
  if (!parsed.ok) return parsed.result;
  const { classId, userId } = parsed.data;

  const outcome = await db.$transaction(async (tx) => {
    const [schoolClass, member] = await Promise.all([
      tx.schoolClass.findUnique({ where: { id: classId }, select: { id: true } }),
      tx.user.findUnique({ where: { id: userId }, select: { role: true, active: true } }),
    ]);
    if (!schoolClass) return 'noClass' as const;
    if (!member || !member.active || (member.role !== 'TEACHER' && member.role !== 'CARE_WORKER')) return 'notEligible' as const;
    const { count } = await tx.classTeamMember.createMany({ data: [{ classId, userId }], skipDuplicates: true });
    if (count > 0) {
      await audit({ userId: session.user.id, action: 'membership.add', entity: 'ClassTeamMember', entityId: userId, classId, detail: { userId, role: member.role } }, tx);
    }
    return count > 0;
  });
  if (outcome === 'noClass') return fail(NOT_ALLOWED);
  if (outcome === 'notEligible') return fail(INVALID_INPUT, { userId: ['admin.memberships.notEligible'] });
  revalidatePath('/beheer', 'layout');
  return ok({ added: outcome });
}

/** Takes someone off a class's team. Their past work in the class stays. */
export async function removeMembership(input: unknown): Promise<ActionResult<{ removed: boolean }>> {
  const session = await adminActionUser();
  if (!session.ok) return session.result;
  const parsed = validate(membershipSchema, input);
  if (!parsed.ok) return parsed.result;
  const { classId, userId } = parsed.data;

  const removed = await db.$transaction(async (tx) => {
    const { count } = await tx.classTeamMember.deleteMany({ where: { classId, userId } });
    if (count > 0) {
      await audit({ userId: session.user.id, action: 'membership.remove', entity: 'ClassTeamMember', entityId: userId, classId, detail: { userId } }, tx);
    }
    return count > 0;
  });
  revalidatePath('/beheer', 'layout');
  return ok({ removed });
}
