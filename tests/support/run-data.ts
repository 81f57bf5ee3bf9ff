/** Helpers for the run-mode integration tests: a ready lesson plan and the tables run mode writes. */
import { db } from '../../lib/db';
import { signOffPlan, startPlan } from '../../lib/plans/actions';
import { actAs } from './fake-session';
import { createClassWithPair } from './factories';

/** A class with its pair and pupils, and lesson N's plan signed off by both (READY). Acts as the teacher afterwards. */
export async function readyLesson(lessonNumber = 1, pupilAliases?: string[]) {
  const pair = await createClassWithPair('SO', pupilAliases);
  actAs(pair.teacher);
  const started = await startPlan({ classId: pair.schoolClass.id, lessonNumber });
  if (!started.ok) throw new Error('could not start the plan');
  await signOffPlan({ planId: started.data.planId });
  actAs(pair.careWorker);
  const signed = await signOffPlan({ planId: started.data.planId });
  if (!signed.ok || signed.data.status !== 'READY') throw new Error('plan is not ready');
  actAs(pair.teacher);
  return { ...pair, planId: started.data.planId };
}

/** Every row run mode can write, counted: a refused action leaves all of them as they were. */
export async function runCounts(planId?: string) {
  const where = planId ? { planId } : {};
  const [captures, outcomes, runFields, audit, held] = await Promise.all([
    db.capture.count({ where }),
    db.activityOutcome.count({ where }),
    db.sharedField.count({ where: { documentKind: 'RUN', ...(planId ? { documentId: planId } : {}) } }),
    db.auditLog.count(),
    db.lessonPlan.count({ where: { status: 'HELD', ...(planId ? { id: planId } : {}) } }),
  ]);
  return { captures, outcomes, runFields, audit, held };
}

/** A capture as the browser sends it. */
export function captureInput(planId: string, pupilId: string, extra: Record<string, unknown> = {}) {
  return { id: crypto.randomUUID(), planId, pupilId, kind: 'STRESS', text: null, activityNumber: null, capturedAt: new Date().toISOString(), ...extra };
}

/** Submits the lesson's evaluation the way the evaluation feature does: submittedAt set. */
export async function submitEvaluation(planId: string, userId: string) {
  await db.evaluation.upsert({ where: { planId }, create: { planId, submittedAt: new Date(), submittedById: userId }, update: { submittedAt: new Date(), submittedById: userId } });
}
