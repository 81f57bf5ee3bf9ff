'use server';

import { revalidatePath } from 'next/cache';
import { actionUser, notAllowed } from '../actions/session-user';
import { validate } from '../actions/validate';
import { findClassFor } from '../classes/access';
import { notifyLive } from '../collab/store';
import { db } from '../db';
import type { ActionResult } from '../result';
import { planDocument } from './document';
import { planRefSchema, startPlanSchema } from './schema';
import { isPairSignedOff } from './sign-off';

/** Opens lesson N for a class: creates its plan from the newest programme version (once). */
export async function startPlan(input: unknown): Promise<ActionResult<{ planId: string }>> {
  const session = await actionUser();
  if (!session.ok) return session.result;
  const parsed = validate(startPlanSchema, input);
  if (!parsed.ok) return parsed.result;
  const { classId, lessonNumber } = parsed.data;
  const schoolClass = await findClassFor(session.user, classId, 'write');
  if (!schoolClass) return notAllowed();
  const version = await db.programmeVersion.findFirstOrThrow({ orderBy: { version: 'desc' }, select: { id: true } });
  // Upsert: both of the pair may open the lesson at the same moment; one plan results.
  const plan = await db.lessonPlan.upsert({
    where: { classId_lessonNumber: { classId, lessonNumber } },
    update: {},
    create: { classId, lessonNumber, programmeVersionId: version.id, status: 'PREPARING' },
  });
  revalidatePath(`/klassen/${classId}`);
  return { ok: true, data: { planId: plan.id } };
}

/** "Klaar voor de les": the plan is ready when both of the pair have signed off. */
export async function signOffPlan(input: unknown): Promise<ActionResult<{ status: string }>> {
  const session = await actionUser();
  if (!session.ok) return session.result;
  const parsed = validate(planRefSchema, input);
  if (!parsed.ok) return parsed.result;
  const access = await planDocument.resolve(session.user, parsed.data.planId, 'write');
  if (!access) return notAllowed();
  if (!access.editable) return { ok: false, formError: 'Deze les is al gegeven; het plan kan niet meer worden afgetekend.' };
  if (session.user.role !== 'TEACHER' && session.user.role !== 'CARE_WORKER') return notAllowed();
  const status = await db.$transaction(async (tx) => {
    await tx.planSignOff.upsert({
      where: { planId_userId: { planId: access.documentId, userId: session.user.id } },
      update: {},
      create: { planId: access.documentId, userId: session.user.id },
    });
    const signed = await tx.planSignOff.findMany({ where: { planId: access.documentId }, include: { user: { select: { role: true } } } });
    const ready = isPairSignedOff(signed.map((s) => s.user.role));
    const updated = await tx.lessonPlan.update({ where: { id: access.documentId }, data: { status: ready ? 'READY' : 'PREPARING' } });
    await notifyLive(tx, { kind: 'PLAN', documentId: access.documentId, type: 'meta' });
    return updated.status;
  });
  revalidatePath(`/klassen/${access.classId}`);
  return { ok: true, data: { status } };
}

/** Takes one's own sign-off back (e.g. to change something first). */
export async function withdrawSignOff(input: unknown): Promise<ActionResult<{ status: string }>> {
  const session = await actionUser();
  if (!session.ok) return session.result;
  const parsed = validate(planRefSchema, input);
  if (!parsed.ok) return parsed.result;
  const access = await planDocument.resolve(session.user, parsed.data.planId, 'write');
  if (!access) return notAllowed();
  if (!access.editable) return { ok: false, formError: 'Deze les is al gegeven.' };
  const status = await db.$transaction(async (tx) => {
    await tx.planSignOff.deleteMany({ where: { planId: access.documentId, userId: session.user.id } });
    const updated = await tx.lessonPlan.update({ where: { id: access.documentId }, data: { status: 'PREPARING' } });
    await notifyLive(tx, { kind: 'PLAN', documentId: access.documentId, type: 'meta' });
    return updated.status;
  });
  revalidatePath(`/klassen/${access.classId}`);
  return { ok: true, data: { status } };
}
