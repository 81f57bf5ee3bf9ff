'use server';

import { revalidatePath } from 'next/cache';
import { actionUser, notAllowed } from '../actions/session-user';
import { validate } from '../actions/validate';
import { audit } from '../audit/log';
import { can } from '../auth/policy';
import { db } from '../db';
import { Prisma } from '../generated/prisma/client';
import type { ActionResult } from '../result';
import { celebrationSchema } from './schema';

const STALE = 'Dit is intussen door uw partner gewijzigd. Laad de pagina opnieuw om de nieuwste versie te zien; kopieer eerst wat u hier invulde.';

/**
 * Saves one pupil's celebration (lesson 8). The version is the stored row's updatedAt: an update
 * applies only while the row is still as the form loaded it.
 */
export async function saveCelebration(input: unknown): Promise<ActionResult<{ version: string }>> {
  const session = await actionUser();
  if (!session.ok) return session.result;
  const parsed = validate(celebrationSchema, input);
  if (!parsed.ok) return parsed.result;
  const { pupilId, version, selfRatingNow, selfRatingStart, proudest, keepGoing } = parsed.data;
  const pupil = await db.pupil.findUnique({ where: { id: pupilId }, include: { class: { select: { schoolId: true } } } });
  if (!pupil || !pupil.active || !can(session.user, 'write', { kind: 'pupilData', classId: pupil.classId, schoolId: pupil.class.schoolId })) return notAllowed();

  const data = { selfRatingNow, selfRatingStart, proudest: proudest || null, keepGoing: keepGoing || null };
  let outcome: { version: string } | null;
  try {
    outcome = await db.$transaction(async (tx) => {
      let updatedAt: Date;
      if (version === '') {
        updatedAt = (await tx.celebration.create({ data: { pupilId, ...data } })).updatedAt;
      } else {
        const since = new Date(version);
        if (Number.isNaN(since.getTime())) return null;
        const updated = await tx.celebration.updateMany({ where: { pupilId, updatedAt: since }, data });
        if (updated.count !== 1) return null;
        updatedAt = (await tx.celebration.findUniqueOrThrow({ where: { pupilId } })).updatedAt;
      }
      await audit({ userId: session.user.id, action: 'pupil.celebration.update', entity: 'Pupil', entityId: pupilId, classId: pupil.classId, detail: { code: pupil.code } }, tx);
      return { version: updatedAt.toISOString() };
    });
  } catch (error) {
    // The partner saved the first version meanwhile.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
    outcome = null;
  }
  if (!outcome) return { ok: false, formError: STALE };
  revalidatePath(`/klassen/${pupil.classId}/vieren`);
  revalidatePath(`/klassen/${pupil.classId}/leerlingen/${pupilId}/portfolio`);
  return { ok: true, data: outcome };
}
