import 'server-only';
import type { CurrentUser } from '../auth/current-user';
import { can, type Action } from '../auth/policy';
import type { DocumentAccess } from '../collab/document-type';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';

export type PlanStatus = 'NOT_STARTED' | 'PREPARING' | 'READY' | 'HELD' | 'EVALUATED';

export interface RunAccess extends DocumentAccess {
  lessonNumber: number;
  status: PlanStatus;
  /** Set once the pair submitted the lesson's evaluation: captures are final from then on. */
  evaluationSubmitted: boolean;
  /** The pair may write this class's work (false for a coordinator, who only reads). */
  writer: boolean;
}

type PlanReader = Pick<Prisma.TransactionClient, 'lessonPlan'>;

/**
 * A plan for running its lesson, when the user may perform `action` on its class; null for a
 * missing plan and a refused one alike (so ids cannot be probed). `editable`: the run can still
 * be steered (the plan is ready, not yet held) by someone who may write.
 */
export async function resolveRun(user: CurrentUser, planId: unknown, action: Action, client: PlanReader = db): Promise<RunAccess | null> {
  if (typeof planId !== 'string' || planId.length === 0 || planId.length > 40) return null;
  const plan = await client.lessonPlan.findUnique({
    where: { id: planId },
    select: { id: true, classId: true, lessonNumber: true, status: true, class: { select: { schoolId: true } }, evaluation: { select: { submittedAt: true } } },
  });
  if (!plan) return null;
  const resource = { kind: 'class' as const, classId: plan.classId, schoolId: plan.class.schoolId };
  if (!can(user, action, resource)) return null;
  const writer = can(user, 'write', resource);
  return {
    documentId: plan.id,
    classId: plan.classId,
    schoolId: plan.class.schoolId,
    lessonNumber: plan.lessonNumber,
    status: plan.status,
    evaluationSubmitted: Boolean(plan.evaluation?.submittedAt),
    writer,
    editable: writer && plan.status === 'READY',
  };
}

/** Whether the user may write pupil data (captures) of the run's class: the pair only. */
export function writesPupilData(user: CurrentUser, access: RunAccess): boolean {
  return can(user, 'write', { kind: 'pupilData', classId: access.classId, schoolId: access.schoolId });
}

export function readsPupilData(user: CurrentUser, access: RunAccess): boolean {
  return can(user, 'read', { kind: 'pupilData', classId: access.classId, schoolId: access.schoolId });
}
