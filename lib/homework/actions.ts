'use server';

import { revalidatePath } from 'next/cache';
import { validate } from '../actions/validate';
import { audit } from '../audit/log';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { resolveFollowUp } from '../programme/homework-due';
import { pupilDataWriter } from '../pupils/access';
import { fieldError } from '../pupils/errors';
import { isUniqueViolation } from '../admin/unique-violation';
import { ok, type ActionResult } from '../result';
import { followUpSchema, handOutSchema, homeworkStatusSchema, undoFollowUpSchema } from './schema';

/*
 * Mentor homework. Assignments are made when the pair marks a lesson's homework "uitgedeeld": one
 * per active pupil, so the list says exactly whose sheet went home. Marking it again later hands it
 * out to pupils who joined since, and never duplicates (one assignment per pupil and lesson).
 */

function revalidateClass(classId: string) {
  revalidatePath(`/klassen/${classId}`, 'layout');
}

/** An assignment of an active pupil of this class; any other id is refused as not found. */
function findAssignment(tx: Prisma.TransactionClient, classId: string, assignmentId: string) {
  return tx.homeworkAssignment.findFirst({
    where: { id: assignmentId, pupil: { classId, active: true } },
    select: { id: true, lessonNumber: true, pupilId: true },
  });
}

const assignmentNotFound = () => fieldError('assignmentId', 'homework.errors.assignmentNotFound');

export async function handOutHomework(classId: unknown, input: unknown): Promise<ActionResult<{ created: number }>> {
  const ctx = await pupilDataWriter(classId);
  if (!ctx.ok) return ctx.result;
  const parsed = validate(handOutSchema, input);
  if (!parsed.ok) return parsed.result;
  const { user, schoolClass } = ctx;
  const { lessonNumber } = parsed.data;

  const created = await db.$transaction(async (tx) => {
    const pupils = await tx.pupil.findMany({ where: { classId: schoolClass.id, active: true }, select: { id: true } });
    const { count } = await tx.homeworkAssignment.createMany({
      data: pupils.map((pupil) => ({ pupilId: pupil.id, lessonNumber })),
      skipDuplicates: true,
    });
    await audit({ userId: user.id, action: 'homework.handout', entity: 'HomeworkAssignment', classId: schoolClass.id, detail: { lessonNumber, created: count } }, tx);
    return count;
  });
  revalidateClass(schoolClass.id);
  return ok({ created });
}

export async function setHomeworkStatus(classId: unknown, input: unknown): Promise<ActionResult> {
  const ctx = await pupilDataWriter(classId);
  if (!ctx.ok) return ctx.result;
  const parsed = validate(homeworkStatusSchema, input);
  if (!parsed.ok) return parsed.result;
  const { user, schoolClass } = ctx;
  const { assignmentId, status, returnedOn } = parsed.data;

  const outcome = await db.$transaction(async (tx) => {
    const assignment = await findAssignment(tx, schoolClass.id, assignmentId);
    if (!assignment) return assignmentNotFound();
    const day = status === 'RETURNED' ? new Date(`${returnedOn}T00:00:00Z`) : null;
    await tx.homeworkAssignment.update({ where: { id: assignment.id }, data: { status, returnedOn: day } });
    await audit(
      { userId: user.id, action: 'homework.status', entity: 'HomeworkAssignment', entityId: assignment.id, classId: schoolClass.id, detail: { lessonNumber: assignment.lessonNumber, status } },
      tx,
    );
    return ok();
  });
  if (outcome.ok) revalidateClass(schoolClass.id);
  return outcome;
}

/** Records a step of the follow-up ladder as done by the signed-in user. */
export async function recordFollowUp(classId: unknown, input: unknown): Promise<ActionResult> {
  const ctx = await pupilDataWriter(classId);
  if (!ctx.ok) return ctx.result;
  const parsed = validate(followUpSchema, input);
  if (!parsed.ok) return parsed.result;
  const { user, schoolClass } = ctx;
  const { assignmentId, stepKey, doneOn, note } = parsed.data;

  try {
    const outcome = await db.$transaction(async (tx) => {
      const assignment = await findAssignment(tx, schoolClass.id, assignmentId);
      if (!assignment) return assignmentNotFound();
      const ladder = resolveFollowUp(assignment.lessonNumber);
      if (!ladder?.steps.some((step) => step.key === stepKey)) return fieldError('stepKey', 'homework.errors.step');
      const record = await tx.followUpRecord.create({
        data: { assignmentId: assignment.id, stepKey, doneOn: new Date(`${doneOn}T00:00:00Z`), doneById: user.id, note: note || null },
      });
      await audit(
        { userId: user.id, action: 'homework.followup', entity: 'FollowUpRecord', entityId: record.id, classId: schoolClass.id, detail: { assignmentId: assignment.id, lessonNumber: assignment.lessonNumber, stepKey } },
        tx,
      );
      return ok();
    });
    if (outcome.ok) revalidateClass(schoolClass.id);
    return outcome;
  } catch (error) {
    // Recorded already (a double click, or the partner at the same moment): the step is done, as asked.
    if (isUniqueViolation(error)) return ok();
    throw error;
  }
}

/** Takes back a step recorded by mistake; the audit log keeps that it was recorded and taken back. */
export async function undoFollowUp(classId: unknown, input: unknown): Promise<ActionResult> {
  const ctx = await pupilDataWriter(classId);
  if (!ctx.ok) return ctx.result;
  const parsed = validate(undoFollowUpSchema, input);
  if (!parsed.ok) return parsed.result;
  const { user, schoolClass } = ctx;
  const { assignmentId, stepKey } = parsed.data;

  const outcome = await db.$transaction(async (tx) => {
    const assignment = await findAssignment(tx, schoolClass.id, assignmentId);
    if (!assignment) return assignmentNotFound();
    const record = await tx.followUpRecord.findUnique({ where: { assignmentId_stepKey: { assignmentId: assignment.id, stepKey } } });
    if (!record) return fieldError('stepKey', 'homework.errors.step');
    await tx.followUpRecord.delete({ where: { id: record.id } });
    await audit(
      { userId: user.id, action: 'homework.followup.undo', entity: 'FollowUpRecord', entityId: record.id, classId: schoolClass.id, detail: { assignmentId: assignment.id, stepKey } },
      tx,
    );
    return ok();
  });
  if (outcome.ok) revalidateClass(schoolClass.id);
  return outcome;
}
