'use server';

import { revalidatePath } from 'next/cache';
import { INVALID_INPUT, validate } from '../../actions/validate';
import { audit } from '../../audit/log';
import { can } from '../../auth/policy';
import { db } from '../../db';
import { fail, ok, type ActionResult } from '../../result';
import { adminActionUser } from '../access';
import { movePupilSchema } from './schema';

const fieldError = (field: 'code' | 'classId', message: string) => fail(INVALID_INPUT, { [field]: [message] });

/** Moves a pupil (by code) to another class of the same school; aliases are never read. */
export async function movePupil(input: unknown): Promise<ActionResult<{ code: string; classId: string }>> {
  const session = await adminActionUser();
  if (!session.ok) return session.result;
  const parsed = validate(movePupilSchema, input);
  if (!parsed.ok) return parsed.result;
  const { code, classId } = parsed.data;

  const outcome = await db.$transaction(async (tx) => {
    const [pupil, target] = await Promise.all([
      tx.pupil.findUnique({ where: { code }, select: { id: true, classId: true, class: { select: { schoolId: true } } } }),
      tx.schoolClass.findUnique({ where: { id: classId }, select: { id: true, schoolId: true } }),
    ]);
    if (!pupil) return fieldError('code', 'admin.pupils.codeUnknown');
    if (!target) return fieldError('classId', 'forms.errors.choose');
    if (target.schoolId !== pupil.class.schoolId) return fieldError('classId', 'admin.pupils.otherSchool');
    if (target.id === pupil.classId) return fieldError('classId', 'admin.pupils.sameClass');
    const user = session.user;
    const allowed =
      can(user, 'write', { kind: 'pupilCodes', classId: pupil.classId, schoolId: pupil.class.schoolId }) &&
      can(user, 'write', { kind: 'pupilCodes', classId: target.id, schoolId: target.schoolId });
    if (!allowed) return fieldError('code', 'admin.pupils.codeUnknown');
    // Buddies are classmates, kept mutual: moving ends the pairing on both sides. The old
    // class's pupil rows are locked first, as the pair's buddy actions do, so a pairing made at
    // the same moment cannot leave a one-sided buddy behind.
    await tx.$queryRaw`SELECT id FROM "Pupil" WHERE "classId" = ${pupil.classId} FOR UPDATE`;
    const released = await tx.pupil.findMany({ where: { OR: [{ id: pupil.id, buddyId: { not: null } }, { buddyId: pupil.id }] }, select: { id: true } });
    if (released.length) await tx.pupil.updateMany({ where: { id: { in: released.map((p) => p.id) } }, data: { buddyId: null } });
    await tx.pupil.update({ where: { id: pupil.id }, data: { classId: target.id } });
    await audit(
      { userId: user.id, action: 'pupil.move', entity: 'Pupil', entityId: pupil.id, classId: target.id, detail: { code, fromClassId: pupil.classId, toClassId: target.id, releasedBuddyIds: released.map((p) => p.id).filter((id) => id !== pupil.id) } },
      tx,
    );
    return ok({ code, classId: target.id });
  });
  if (outcome.ok) revalidatePath('/beheer', 'layout');
  return outcome;
}
