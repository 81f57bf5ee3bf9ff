import 'server-only';
import type { CurrentUser } from '../auth/current-user';
import { can, type Action } from '../auth/policy';
import type { DocumentAccess, SharedDocumentType } from '../collab/document-type';
import { DocumentLockedError } from '../collab/errors';
import { notifyLive } from '../collab/store';
import { db } from '../db';
import { evaluationFieldSpecs } from './fields';
import { lockEvaluation } from './lock';
import { evaluationMeta } from './meta';

export type EvaluationAccess = DocumentAccess & { planId: string; lessonNumber: number; submitted: boolean };

/** Lessons that have been given; only those are evaluated. */
export const EVALUABLE_STATUSES = new Set(['HELD', 'EVALUATED']);

async function resolve(user: CurrentUser, evaluationId: string, action: Action): Promise<EvaluationAccess | null> {
  if (typeof evaluationId !== 'string' || evaluationId.length > 40) return null;
  const evaluation = await db.evaluation.findUnique({
    where: { id: evaluationId },
    include: { plan: { select: { id: true, classId: true, lessonNumber: true, status: true, class: { select: { schoolId: true } } } } },
  });
  if (!evaluation || !EVALUABLE_STATUSES.has(evaluation.plan.status)) return null;
  const resource = { kind: 'class' as const, classId: evaluation.plan.classId, schoolId: evaluation.plan.class.schoolId };
  if (!can(user, action, resource)) return null;
  const submitted = evaluation.submittedAt !== null;
  return {
    documentId: evaluation.id,
    classId: evaluation.plan.classId,
    schoolId: evaluation.plan.class.schoolId,
    planId: evaluation.plan.id,
    lessonNumber: evaluation.plan.lessonNumber,
    submitted,
    // Only the pair writes, and only until it is submitted; after that, changes are amendments.
    editable: can(user, 'write', resource) && !submitted,
  };
}

/** The pair's evaluation draft of a held lesson, edited live like the lesson plan. */
export const evaluationDocument: SharedDocumentType = {
  kind: 'EVALUATION',
  fieldSpecs: evaluationFieldSpecs,
  resolve,

  // Every registered key is a free text of the form; its length is checked by the field spec.
  checkField: async () => null,

  async afterFieldSaved(tx, access, _key, _value, user) {
    // The submission may have committed after this save's editable check: the lock decides.
    const state = await lockEvaluation(tx, access.documentId);
    if (!state || state.submitted) throw new DocumentLockedError();
    // A change after the partner's "Indienen" withdraws it: they confirmed the text as it was.
    const withdrawn = await tx.evaluationConfirmation.deleteMany({ where: { evaluationId: access.documentId, userId: { not: user.id } } });
    if (withdrawn.count > 0) {
      await notifyLive(tx, { kind: 'EVALUATION', documentId: access.documentId, type: 'meta', notice: `confirmationWithdrawn:${user.id}` });
    }
  },

  meta: evaluationMeta,

  paths(access) {
    const lessonNumber = (access as Partial<EvaluationAccess>).lessonNumber;
    return lessonNumber ? [`/klassen/${access.classId}`, `/klassen/${access.classId}/les/${lessonNumber}/evaluatie`] : [`/klassen/${access.classId}`];
  },
};
