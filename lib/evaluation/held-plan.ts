import 'server-only';
import type { CurrentUser } from '../auth/current-user';
import { can, type Action } from '../auth/policy';
import { db } from '../db';
import { EVALUABLE_STATUSES } from './document';

export interface HeldPlan {
  id: string;
  classId: string;
  schoolId: string;
  lessonNumber: number;
  status: 'HELD' | 'EVALUATED';
  heldOn: Date | null;
}

/**
 * A lesson plan that has been given (held or evaluated), when the user may perform `action` on
 * `what` of its class: the class's work (evaluation, logbooks) or its pupils' data (conversations).
 * Null for anything else, so missing and forbidden look the same.
 */
export async function findHeldPlan(user: CurrentUser, planId: unknown, action: Action, what: 'class' | 'pupilData' = 'class'): Promise<HeldPlan | null> {
  if (typeof planId !== 'string' || planId.length === 0 || planId.length > 40) return null;
  const plan = await db.lessonPlan.findUnique({ where: { id: planId }, include: { class: { select: { schoolId: true } } } });
  if (!plan || !EVALUABLE_STATUSES.has(plan.status)) return null;
  if (!can(user, action, { kind: what, classId: plan.classId, schoolId: plan.class.schoolId })) return null;
  return { id: plan.id, classId: plan.classId, schoolId: plan.class.schoolId, lessonNumber: plan.lessonNumber, status: plan.status as HeldPlan['status'], heldOn: plan.heldOn };
}

/** The path of a lesson's evaluation page. */
export const evaluationPath = (classId: string, lessonNumber: number) => `/klassen/${classId}/les/${lessonNumber}/evaluatie`;
