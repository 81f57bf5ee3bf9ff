'use server';

import { revalidatePath } from 'next/cache';
import { actionUser, notAllowed } from '../actions/session-user';
import { validate } from '../actions/validate';
import { db } from '../db';
import { evaluationPath, findHeldPlan } from '../evaluation/held-plan';
import { Prisma } from '../generated/prisma/client';
import type { ActionResult } from '../result';
import { logbookSchema } from './schema';

const STALE = 'Uw logboek is intussen ergens anders gewijzigd (een ander venster?). Laad de pagina opnieuw; kopieer eerst wat u hier schreef.';

/**
 * Saves the caller's own logbook entry of a held lesson, if it is still at the version the editor
 * started from (a second open window cannot silently overwrite the first). Partner and
 * coordinator read it; nobody else writes it.
 */
export async function saveLogbook(input: unknown): Promise<ActionResult<{ version: number }>> {
  const session = await actionUser();
  if (!session.ok) return session.result;
  const parsed = validate(logbookSchema, input);
  if (!parsed.ok) return parsed.result;
  const { planId, text, version } = parsed.data;
  const plan = await findHeldPlan(session.user, planId, 'write');
  if (!plan) return notAllowed();
  const authorId = session.user.id;

  let saved: number | null;
  if (version === 0) {
    try {
      await db.logbookEntry.create({ data: { planId, authorId, text, version: 1 } });
      saved = 1;
    } catch (error) {
      // Created meanwhile from another window.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
      saved = null;
    }
  } else {
    const updated = await db.logbookEntry.updateMany({ where: { planId, authorId, version }, data: { text, version: { increment: 1 } } });
    saved = updated.count === 1 ? version + 1 : null;
  }
  if (saved === null) return { ok: false, formError: STALE };
  revalidatePath(evaluationPath(plan.classId, plan.lessonNumber));
  revalidatePath(`/klassen/${plan.classId}/les/${plan.lessonNumber + 1}`);
  return { ok: true, data: { version: saved } };
}
