'use server';

import { revalidatePath } from 'next/cache';
import { NOT_ALLOWED } from '../../actions/session-user';
import { validate } from '../../actions/validate';
import { audit } from '../../audit/log';
import { db } from '../../db';
import { fail, ok, type ActionResult } from '../../result';
import { adminActionUser } from '../access';
import { createSchoolSchema, updateSchoolSchema } from './schema';

export async function createSchool(input: unknown): Promise<ActionResult<{ id: string }>> {
  const session = await adminActionUser();
  if (!session.ok) return session.result;
  const parsed = validate(createSchoolSchema, input);
  if (!parsed.ok) return parsed.result;

  const school = await db.$transaction(async (tx) => {
    const created = await tx.school.create({ data: parsed.data, select: { id: true } });
    await audit({ userId: session.user.id, action: 'school.create', entity: 'School', entityId: created.id, detail: parsed.data }, tx);
    return created;
  });
  revalidatePath('/beheer', 'layout');
  return ok({ id: school.id });
}

export async function updateSchool(input: unknown): Promise<ActionResult<{ id: string }>> {
  const session = await adminActionUser();
  if (!session.ok) return session.result;
  const parsed = validate(updateSchoolSchema, input);
  if (!parsed.ok) return parsed.result;
  const { id, ...fields } = parsed.data;

  const updated = await db.$transaction(async (tx) => {
    const before = await tx.school.findUnique({ where: { id }, select: { name: true, kind: true, city: true } });
    if (!before) return false;
    await tx.school.update({ where: { id }, data: fields });
    await audit({ userId: session.user.id, action: 'school.update', entity: 'School', entityId: id, detail: { before, after: fields } }, tx);
    return true;
  });
  if (!updated) return fail(NOT_ALLOWED);
  revalidatePath('/beheer', 'layout');
  return ok({ id });
}
