'use server';

import { revalidatePath } from 'next/cache';
import { validate } from '../actions/validate';
import { audit } from '../audit/log';
import { db } from '../db';
import { findActivePupil, pupilDataWriter } from '../pupils/access';
import { conflict, fieldError, pupilNotFound } from '../pupils/errors';
import { versionOf } from '../pupils/version';
import { ok, type ActionResult } from '../result';
import { entryData, entryValues } from './entry-values';
import { problemEntrySchema, updateProblemEntrySchema } from './schema';

/* Audit details name no problem text and no pupil: only the entry, its status and whether it is anonymous. */

export async function addProblemEntry(classId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  const ctx = await pupilDataWriter(classId);
  if (!ctx.ok) return ctx.result;
  const parsed = validate(problemEntrySchema, input);
  if (!parsed.ok) return parsed.result;
  const { user, schoolClass } = ctx;
  const data = entryData(parsed.data);

  const outcome = await db.$transaction(async (tx) => {
    if (data.pupilId && !(await findActivePupil(tx, schoolClass.id, data.pupilId))) return pupilNotFound();
    const entry = await tx.problemBoxEntry.create({ data: { ...data, classId: schoolClass.id, createdById: user.id } });
    await audit(
      { userId: user.id, action: 'problembox.create', entity: 'ProblemBoxEntry', entityId: entry.id, classId: schoolClass.id, detail: { status: entry.status, anonymous: data.pupilId === null } },
      tx,
    );
    return ok({ id: entry.id });
  });
  if (outcome.ok) revalidatePath(`/klassen/${schoolClass.id}`, 'layout');
  return outcome;
}

export async function updateProblemEntry(classId: unknown, input: unknown): Promise<ActionResult<{ version: string }>> {
  const ctx = await pupilDataWriter(classId);
  if (!ctx.ok) return ctx.result;
  const parsed = validate(updateProblemEntrySchema, input);
  if (!parsed.ok) return parsed.result;
  const { user, schoolClass } = ctx;
  const { entryId, version, ...fields } = parsed.data;
  const data = entryData(fields);

  const outcome = await db.$transaction(async (tx) => {
    const entry = await tx.problemBoxEntry.findFirst({ where: { id: entryId, classId: schoolClass.id } });
    if (!entry) return fieldError('entryId', 'problemBox.errors.entryNotFound');
    if (versionOf(entryValues(entry)) !== version) return conflict();
    // A pupil already linked may have left since; linking a new one needs an active pupil of the class.
    if (data.pupilId && data.pupilId !== entry.pupilId && !(await findActivePupil(tx, schoolClass.id, data.pupilId))) return pupilNotFound();
    const saved = await tx.problemBoxEntry.update({ where: { id: entry.id }, data });
    await audit(
      { userId: user.id, action: 'problembox.update', entity: 'ProblemBoxEntry', entityId: entry.id, classId: schoolClass.id, detail: { status: data.status, anonymous: data.pupilId === null } },
      tx,
    );
    return ok({ version: versionOf(entryValues(saved)) });
  });
  if (outcome.ok) revalidatePath(`/klassen/${schoolClass.id}`, 'layout');
  return outcome;
}
