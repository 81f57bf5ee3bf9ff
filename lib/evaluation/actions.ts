'use server';

import { revalidatePath } from 'next/cache';
import { actionUser, notAllowed } from '../actions/session-user';
import { validate } from '../actions/validate';
import { audit } from '../audit/log';
import { notifyLive } from '../collab/store';
import { db } from '../db';
import { isPairSignedOff } from '../plans/sign-off';
import type { ActionResult } from '../result';
import { frozenAnswers, missingFieldErrors, missingMessage, missingQuestions, type DraftValues } from './completeness';
import { evaluationDocument, type EvaluationAccess } from './document';
import { evaluationQuestions } from './fields';
import { lockEvaluation, lockPlanThenEvaluation } from './lock';
import { amendmentSchema, evaluationRefSchema } from './schema';

const ALREADY_SUBMITTED = 'Deze evaluatie is al ingediend. Wijzigingen voegt u toe als aanvulling.';

async function writableEvaluation(input: unknown) {
  const session = await actionUser();
  if (!session.ok) return session;
  const parsed = validate(evaluationRefSchema, input);
  if (!parsed.ok) return parsed;
  const access = (await evaluationDocument.resolve(session.user, parsed.data.evaluationId, 'write')) as EvaluationAccess | null;
  if (!access) return { ok: false as const, result: notAllowed() };
  return { ok: true as const, user: session.user, access };
}

function revalidate(access: EvaluationAccess) {
  for (const path of evaluationDocument.paths(access)) revalidatePath(path);
  // The next lesson's prepare page shows this evaluation.
  revalidatePath(`/klassen/${access.classId}/les/${access.lessonNumber + 1}`);
}

/**
 * "Indienen": confirms the evaluation as it stands. When both of the pair have confirmed, the
 * answers are frozen, the evaluation is submitted and the lesson counts as evaluated — all in
 * one transaction, under the evaluation's row lock, so a double click or two people clicking at
 * once submit it exactly once. A repeated call after the submission just reports it as submitted.
 */
export async function confirmEvaluation(input: unknown): Promise<ActionResult<{ status: 'confirmed' | 'submitted' }>> {
  const ctx = await writableEvaluation(input);
  if (!ctx.ok) return ctx.result;
  const { user, access } = ctx;
  const outcome = await db.$transaction(async (tx) => {
    // The submission changes the plan's status too: lock it first (see lockPlanThenEvaluation).
    const state = await lockPlanThenEvaluation(tx, access.planId, access.documentId);
    if (!state) return { kind: 'gone' as const };
    if (state.submitted) return { kind: 'submitted' as const };
    const fields = await tx.sharedField.findMany({ where: { documentKind: 'EVALUATION', documentId: access.documentId }, select: { key: true, value: true } });
    const values: DraftValues = Object.fromEntries(fields.map((f) => [f.key, (f.value as { v?: unknown } | null)?.v ?? null]));
    const missing = missingQuestions(evaluationQuestions, values);
    if (missing.length > 0) return { kind: 'incomplete' as const, missing };

    await tx.evaluationConfirmation.upsert({
      where: { evaluationId_userId: { evaluationId: access.documentId, userId: user.id } },
      update: {},
      create: { evaluationId: access.documentId, userId: user.id },
    });
    const confirmed = await tx.evaluationConfirmation.findMany({ where: { evaluationId: access.documentId }, include: { user: { select: { role: true } } } });
    if (!isPairSignedOff(confirmed.map((c) => c.user.role))) {
      await notifyLive(tx, { kind: 'EVALUATION', documentId: access.documentId, type: 'meta' });
      return { kind: 'confirmed' as const };
    }

    const answers = frozenAnswers(evaluationQuestions, values);
    await tx.evaluationAnswer.createMany({ data: answers.map((a) => ({ evaluationId: access.documentId, ...a })) });
    // Conditional on "not submitted yet": with the row lock this always matches once, and never twice.
    const submitted = await tx.evaluation.updateMany({ where: { id: access.documentId, submittedAt: null }, data: { submittedAt: new Date(), submittedById: user.id } });
    if (submitted.count !== 1) throw new Error('evaluation submitted twice');
    await tx.lessonPlan.update({ where: { id: access.planId }, data: { status: 'EVALUATED' } });
    await audit(
      { userId: user.id, action: 'evaluation.submit', entity: 'Evaluation', entityId: access.documentId, classId: access.classId, detail: { lessonNumber: access.lessonNumber, answers: answers.length } },
      tx,
    );
    await notifyLive(tx, { kind: 'EVALUATION', documentId: access.documentId, type: 'meta', notice: `submitted:${user.id}` });
    return { kind: 'submitted' as const };
  });

  if (outcome.kind === 'gone') return notAllowed();
  if (outcome.kind === 'incomplete') return { ok: false, formError: missingMessage(outcome.missing), fieldErrors: missingFieldErrors(outcome.missing) };
  revalidate(access);
  return { ok: true, data: { status: outcome.kind } };
}

/** Takes one's own confirmation back (e.g. to change something first). */
export async function withdrawConfirmation(input: unknown): Promise<ActionResult> {
  const ctx = await writableEvaluation(input);
  if (!ctx.ok) return ctx.result;
  const { user, access } = ctx;
  const done = await db.$transaction(async (tx) => {
    const state = await lockEvaluation(tx, access.documentId);
    if (!state || state.submitted) return false;
    await tx.evaluationConfirmation.deleteMany({ where: { evaluationId: access.documentId, userId: user.id } });
    await notifyLive(tx, { kind: 'EVALUATION', documentId: access.documentId, type: 'meta' });
    return true;
  });
  if (!done) return { ok: false, formError: ALREADY_SUBMITTED };
  revalidate(access);
  return { ok: true, data: undefined };
}

/** A later addition to a submitted evaluation. The submitted answers themselves never change. */
export async function addAmendment(input: unknown): Promise<ActionResult<{ id: string }>> {
  const session = await actionUser();
  if (!session.ok) return session.result;
  const parsed = validate(amendmentSchema, input);
  if (!parsed.ok) return parsed.result;
  const { evaluationId, questionKey, text } = parsed.data;
  const access = (await evaluationDocument.resolve(session.user, evaluationId, 'write')) as EvaluationAccess | null;
  if (!access) return notAllowed();
  const created = await db.$transaction(async (tx) => {
    const state = await lockEvaluation(tx, evaluationId);
    if (!state?.submitted) return null;
    const amendment = await tx.evaluationAmendment.create({
      data: { evaluationId, questionKey: questionKey === 'general' ? null : questionKey, text, authorId: session.user.id },
    });
    await audit({ userId: session.user.id, action: 'evaluation.amend', entity: 'Evaluation', entityId: evaluationId, classId: access.classId, detail: { questionKey } }, tx);
    await notifyLive(tx, { kind: 'EVALUATION', documentId: evaluationId, type: 'meta' });
    return amendment;
  });
  if (!created) return { ok: false, formError: 'Een aanvulling kan pas als de evaluatie is ingediend; tot dan past u de tekst zelf aan.' };
  revalidate(access);
  return { ok: true, data: { id: created.id } };
}
