'use server';

import { revalidatePath } from 'next/cache';
import { NOT_ALLOWED } from '../../actions/session-user';
import { INVALID_INPUT, validate } from '../../actions/validate';
import { audit } from '../../audit/log';
import { db } from '../../db';
import { fail, ok, type ActionResult } from '../../result';
import { adminActionUser } from '../access';
import { isUniqueViolation } from '../unique-violation';
import { createClassSchema, updateClassSchema } from './schema';

const nameTaken = () => fail(INVALID_INPUT, { name: ['admin.classes.nameTaken'] });
const schoolMissing = () => fail(INVALID_INPUT, { schoolId: ['admin.classes.schoolMissing'] });

export async function createClass(input: unknown): Promise<ActionResult<{ id: string }>> {
  const session = await adminActionUser();
  if (!session.ok) return session.result;
  const parsed = validate(createClassSchema, input);
  if (!parsed.ok) return parsed.result;
  const data = { ...parsed.data, ageRange: parsed.data.ageRange || null };

  try {
    const created = await db.$transaction(async (tx) => {
      if (!(await tx.school.findUnique({ where: { id: data.schoolId }, select: { id: true } }))) return null;
      const schoolClass = await tx.schoolClass.create({ data, select: { id: true } });
      await audit({ userId: session.user.id, action: 'class.create', entity: 'Class', entityId: schoolClass.id, classId: schoolClass.id, detail: data }, tx);
      return schoolClass;
    });
    if (!created) return schoolMissing();
    revalidatePath('/beheer', 'layout');
    return ok({ id: created.id });
  } catch (error) {
    if (isUniqueViolation(error)) return nameTaken();
    throw error;
  }
}

export async function updateClass(input: unknown): Promise<ActionResult<{ id: string }>> {
  const session = await adminActionUser();
  if (!session.ok) return session.result;
  const parsed = validate(updateClassSchema, input);
  if (!parsed.ok) return parsed.result;
  const { id, ...fields } = parsed.data;
  const data = { ...fields, ageRange: fields.ageRange || null };

  try {
    const outcome = await db.$transaction(async (tx) => {
      const before = await tx.schoolClass.findUnique({ where: { id }, select: { schoolId: true, name: true, schoolYear: true, ageRange: true } });
      if (!before) return 'missing' as const;
      if (!(await tx.school.findUnique({ where: { id: data.schoolId }, select: { id: true } }))) return 'noSchool' as const;
      await tx.schoolClass.update({ where: { id }, data });
      await audit({ userId: session.user.id, action: 'class.update', entity: 'Class', entityId: id, classId: id, detail: { before, after: data } }, tx);
      return 'updated' as const;
    });
    if (outcome === 'missing') return fail(NOT_ALLOWED);
    if (outcome === 'noSchool') return schoolMissing();
    revalidatePath('/beheer', 'layout');
    return ok({ id });
  } catch (error) {
    if (isUniqueViolation(error)) return nameTaken();
    throw error;
  }
}
