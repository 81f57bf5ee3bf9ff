'use server';

import { actionUser, notAllowed } from '../actions/session-user';
import { validate } from '../actions/validate';
import { audit } from '../audit/log';
import type { CurrentUser } from '../auth/current-user';
import { db } from '../db';
import { fail, ok, type ActionResult } from '../result';
import { evaluationSubmitted, lockPlan } from './lock';
import { runMessages } from './messages';
import { resolveRun, writesPupilData, type RunAccess } from './plan-access';
import { plannedLesson } from './planned';
import { captureRefSchema, captureSchema, updateCaptureSchema } from './schema';

/*
 * Quick captures during a lesson: a stress signal, an observation, what helped, or that a
 * conversation is needed, about one pupil. Pupil data: the pair only, every write audited in the
 * same transaction. No revalidatePath: the run page keeps its own timeline (see ./actions.ts).
 */

/** The run, when the user is of the pair and may write its pupils' data; null otherwise. */
async function pupilDataRun(user: CurrentUser, planId: string): Promise<RunAccess | null> {
  const access = await resolveRun(user, planId, 'write');
  return access && writesPupilData(user, access) ? access : null;
}

/**
 * Stores a capture made in the browser, exactly once: the browser may send it again after a lost
 * response (Wi-Fi drop), and the same id then answers ok without a second row or audit entry.
 */
export async function saveCapture(input: unknown): Promise<ActionResult<{ id: string; capturedAt: string; duplicate: boolean }>> {
  const session = await actionUser();
  if (!session.ok) return session.result;
  const parsed = validate(captureSchema, input);
  if (!parsed.ok) return parsed.result;
  const { id, planId, pupilId, kind, text, activityNumber } = parsed.data;
  const access = await pupilDataRun(session.user, planId);
  if (!access) return notAllowed();
  if (activityNumber !== null) {
    const planned = await plannedLesson(access.documentId, access.lessonNumber);
    if (!planned?.activities.some((a) => a.number === activityNumber)) return fail(runMessages.notInPlan, { activityNumber: [runMessages.notInPlan] });
  }
  // A browser clock ahead of the server's cannot date a capture in the future.
  const now = new Date();
  const capturedAt = new Date(Math.min(Date.parse(parsed.data.capturedAt), now.getTime()));

  return db.$transaction(async (tx) => {
    const plan = await lockPlan(tx, access.documentId);
    // During the lesson, and after "Les afgerond" for captures that were waiting for the Wi-Fi.
    if (plan?.status !== 'READY' && plan?.status !== 'HELD') return fail(plan?.status === 'EVALUATED' ? runMessages.evaluationSubmitted : runMessages.notReady);
    if (await evaluationSubmitted(tx, access.documentId)) return fail(runMessages.evaluationSubmitted);
    const pupil = await tx.pupil.findFirst({ where: { id: pupilId, classId: access.classId, active: true }, select: { id: true } });
    if (!pupil) return fail(runMessages.pupilNotInClass, { pupilId: [runMessages.pupilNotInClass] });

    const created = await tx.capture.createMany({
      data: [{ id, planId: access.documentId, pupilId, kind, text, activityNumber, capturedAt, authorId: session.user.id }],
      skipDuplicates: true,
    });
    if (created.count === 0) {
      const existing = await tx.capture.findUnique({ where: { id }, select: { planId: true, authorId: true, capturedAt: true } });
      // Someone else's id (or another lesson's) is refused like a missing record.
      if (!existing || existing.planId !== access.documentId || existing.authorId !== session.user.id) return notAllowed();
      return ok({ id, capturedAt: existing.capturedAt.toISOString(), duplicate: true });
    }
    await audit({ userId: session.user.id, action: 'capture.create', entity: 'Capture', entityId: id, classId: access.classId, detail: { planId: access.documentId, pupilId, kind } }, tx);
    return ok({ id, capturedAt: capturedAt.toISOString(), duplicate: false });
  });
}

/** The capture, when it is the user's own in a lesson whose pupils' data they may write. */
async function ownCapture(user: CurrentUser, id: string) {
  const capture = await db.capture.findUnique({ where: { id }, select: { id: true, planId: true, authorId: true, pupilId: true } });
  if (!capture) return { ok: false as const, result: notAllowed() };
  const access = await pupilDataRun(user, capture.planId);
  if (!access) return { ok: false as const, result: notAllowed() };
  if (capture.authorId !== user.id) return { ok: false as const, result: fail(runMessages.notAuthor) };
  return { ok: true as const, capture, access };
}

/** Changes the kind or text of one's own capture, until the lesson's evaluation is submitted. */
export async function updateCapture(input: unknown): Promise<ActionResult<{ id: string }>> {
  const session = await actionUser();
  if (!session.ok) return session.result;
  const parsed = validate(updateCaptureSchema, input);
  if (!parsed.ok) return parsed.result;
  const found = await ownCapture(session.user, parsed.data.id);
  if (!found.ok) return found.result;
  const { capture, access } = found;

  return db.$transaction(async (tx) => {
    await lockPlan(tx, access.documentId);
    if (await evaluationSubmitted(tx, access.documentId)) return fail(runMessages.evaluationSubmitted);
    // Deleted meanwhile (e.g. in another tab): nothing to change.
    const updated = await tx.capture.updateMany({ where: { id: capture.id, authorId: session.user.id }, data: { kind: parsed.data.kind, text: parsed.data.text } });
    if (updated.count === 0) return notAllowed();
    await audit({ userId: session.user.id, action: 'capture.update', entity: 'Capture', entityId: capture.id, classId: access.classId, detail: { planId: access.documentId, pupilId: capture.pupilId, kind: parsed.data.kind } }, tx);
    return ok({ id: capture.id });
  });
}

/** Deletes one's own capture, until the lesson's evaluation is submitted. */
export async function deleteCapture(input: unknown): Promise<ActionResult<{ id: string }>> {
  const session = await actionUser();
  if (!session.ok) return session.result;
  const parsed = validate(captureRefSchema, input);
  if (!parsed.ok) return parsed.result;
  const found = await ownCapture(session.user, parsed.data.id);
  if (!found.ok) return found.result;
  const { capture, access } = found;

  return db.$transaction(async (tx) => {
    await lockPlan(tx, access.documentId);
    if (await evaluationSubmitted(tx, access.documentId)) return fail(runMessages.evaluationSubmitted);
    const deleted = await tx.capture.deleteMany({ where: { id: capture.id, authorId: session.user.id } });
    if (deleted.count === 0) return notAllowed();
    await audit({ userId: session.user.id, action: 'capture.delete', entity: 'Capture', entityId: capture.id, classId: access.classId, detail: { planId: access.documentId, pupilId: capture.pupilId } }, tx);
    return ok({ id: capture.id });
  });
}
