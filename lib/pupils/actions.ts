'use server';

import { revalidatePath } from 'next/cache';
import { validate } from '../actions/validate';
import { audit } from '../audit/log';
import { db } from '../db';
import { fail, ok, type ActionResult } from '../result';
import { findActivePupil, pupilDataWriter } from './access';
import { lockClassPupils, pairBuddies, releaseBuddies } from './buddies';
import { PUPIL_ERRORS, conflict, pupilNotFound } from './errors';
import { isUniqueViolation } from '../admin/unique-violation';
import { newPupilCode } from './pseudonym';
import { addPupilSchema, markPupilLeftSchema, mentorSchema, renamePupilSchema, setBuddySchema } from './schema';
import { mentorVersion } from './mentor-version';

/*
 * The pupil list of a class and each pupil's network (buddy, mentor at home). Every action:
 * user → write access to the class's pupil data → the form's schema → one transaction with the
 * change and its audit entry → revalidate the class's pages. Audit details hold ids and codes only,
 * never aliases: the audit log is read by admins, who never see pupil names.
 */

const MAX_CODE_ATTEMPTS = 5;

function revalidateClass(classId: string) {
  revalidatePath(`/klassen/${classId}`, 'layout');
}

export async function addPupil(classId: unknown, input: unknown): Promise<ActionResult<{ id: string; code: string }>> {
  const ctx = await pupilDataWriter(classId);
  if (!ctx.ok) return ctx.result;
  const parsed = validate(addPupilSchema, input);
  if (!parsed.ok) return parsed.result;
  const { user, schoolClass } = ctx;

  // The code is random; on the rare collision with an existing code, draw again.
  for (let attempt = 0; attempt < MAX_CODE_ATTEMPTS; attempt++) {
    try {
      const pupil = await db.$transaction(async (tx) => {
        const created = await tx.pupil.create({ data: { classId: schoolClass.id, alias: parsed.data.alias, code: newPupilCode() } });
        await audit({ userId: user.id, action: 'pupil.create', entity: 'Pupil', entityId: created.id, classId: schoolClass.id, detail: { code: created.code } }, tx);
        return created;
      });
      revalidateClass(schoolClass.id);
      return ok({ id: pupil.id, code: pupil.code });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return fail(PUPIL_ERRORS.tryAgain);
}

export async function renamePupil(classId: unknown, input: unknown): Promise<ActionResult> {
  const ctx = await pupilDataWriter(classId);
  if (!ctx.ok) return ctx.result;
  const parsed = validate(renamePupilSchema, input);
  if (!parsed.ok) return parsed.result;
  const { user, schoolClass } = ctx;

  const outcome = await db.$transaction(async (tx) => {
    const pupil = await findActivePupil(tx, schoolClass.id, parsed.data.pupilId);
    if (!pupil) return pupilNotFound();
    await tx.pupil.update({ where: { id: pupil.id }, data: { alias: parsed.data.alias } });
    await audit({ userId: user.id, action: 'pupil.rename', entity: 'Pupil', entityId: pupil.id, classId: schoolClass.id, detail: { code: pupil.code } }, tx);
    return ok();
  });
  if (outcome.ok) revalidateClass(schoolClass.id);
  return outcome;
}

/**
 * The pupil left the class: no longer in the lists of active pupils, but every record about them
 * (homework, follow-up, learning goal, problem box) stays. Their buddy pairing ends, so the
 * classmate can be paired again.
 */
export async function markPupilLeft(classId: unknown, input: unknown): Promise<ActionResult> {
  const ctx = await pupilDataWriter(classId);
  if (!ctx.ok) return ctx.result;
  const parsed = validate(markPupilLeftSchema, input);
  if (!parsed.ok) return parsed.result;
  const { user, schoolClass } = ctx;

  const outcome = await db.$transaction(async (tx) => {
    await lockClassPupils(tx, schoolClass.id);
    const pupil = await findActivePupil(tx, schoolClass.id, parsed.data.pupilId);
    if (!pupil) return pupilNotFound();
    const released = await releaseBuddies(tx, [pupil.id]);
    await tx.pupil.update({ where: { id: pupil.id }, data: { active: false, leftAt: new Date() } });
    await audit(
      {
        userId: user.id,
        action: 'pupil.leave',
        entity: 'Pupil',
        entityId: pupil.id,
        classId: schoolClass.id,
        detail: { code: pupil.code, releasedBuddyIds: released.filter((id) => id !== pupil.id) },
      },
      tx,
    );
    return ok();
  });
  if (outcome.ok) revalidateClass(schoolClass.id);
  return outcome;
}

/** Pairs two pupils of the class as buddies (mutually), or ends a pupil's pairing when buddyId is empty. */
export async function setBuddy(classId: unknown, input: unknown): Promise<ActionResult> {
  const ctx = await pupilDataWriter(classId);
  if (!ctx.ok) return ctx.result;
  const parsed = validate(setBuddySchema, input);
  if (!parsed.ok) return parsed.result;
  const { user, schoolClass } = ctx;
  const { pupilId, buddyId } = parsed.data;

  const outcome = await db.$transaction(async (tx) => {
    await lockClassPupils(tx, schoolClass.id);
    const pupil = await findActivePupil(tx, schoolClass.id, pupilId);
    if (!pupil) return pupilNotFound();
    if (buddyId === '') {
      const released = await releaseBuddies(tx, [pupil.id]);
      await audit({ userId: user.id, action: 'pupil.buddy.clear', entity: 'Pupil', entityId: pupil.id, classId: schoolClass.id, detail: { releasedIds: released } }, tx);
      return ok();
    }
    const buddy = await findActivePupil(tx, schoolClass.id, buddyId);
    if (!buddy) return pupilNotFound('buddyId');
    const released = await pairBuddies(tx, pupil.id, buddy.id);
    await audit(
      { userId: user.id, action: 'pupil.buddy.set', entity: 'Pupil', entityId: pupil.id, classId: schoolClass.id, detail: { buddyId: buddy.id, releasedIds: released } },
      tx,
    );
    return ok();
  });
  if (outcome.ok) revalidateClass(schoolClass.id);
  return outcome;
}

/** The pupil's self-chosen mentor at home. */
export async function saveMentor(classId: unknown, input: unknown): Promise<ActionResult<{ version: string }>> {
  const ctx = await pupilDataWriter(classId);
  if (!ctx.ok) return ctx.result;
  const parsed = validate(mentorSchema, input);
  if (!parsed.ok) return parsed.result;
  const { user, schoolClass } = ctx;
  const { pupilId, who, contact, note, version } = parsed.data;

  const outcome = await db.$transaction(async (tx) => {
    const pupil = await findActivePupil(tx, schoolClass.id, pupilId);
    if (!pupil) return pupilNotFound();
    const current = await tx.pupilMentor.findUnique({ where: { pupilId: pupil.id } });
    if (mentorVersion(current) !== version) return conflict();
    const data = { who, contact: contact || null, note: note || null };
    const saved = await tx.pupilMentor.upsert({ where: { pupilId: pupil.id }, create: { pupilId: pupil.id, ...data }, update: data });
    await audit({ userId: user.id, action: 'pupil.mentor', entity: 'PupilMentor', entityId: pupil.id, classId: schoolClass.id, detail: { code: pupil.code } }, tx);
    return ok({ version: mentorVersion(saved) });
  });
  if (outcome.ok) revalidateClass(schoolClass.id);
  return outcome;
}

