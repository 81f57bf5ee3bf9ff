'use server';

import { revalidatePath } from 'next/cache';
import { actionUser, notAllowed } from '../actions/session-user';
import { validate } from '../actions/validate';
import { audit } from '../audit/log';
import { db } from '../db';
import { evaluationPath, findHeldPlan } from '../evaluation/held-plan';
import type { ActionResult } from '../result';
import { conversationSchema } from './schema';
import { conversationVersion } from './version';

const STALE = 'Dit gesprek is intussen door iemand anders gewijzigd. Laad de pagina opnieuw om de nieuwste tekst te zien; kopieer eerst wat u hier schreef.';

/** Adds or changes a note of a conversation with a pupil of the class, around a held lesson. */
export async function saveConversation(input: unknown): Promise<ActionResult<{ id: string; version: string }>> {
  const session = await actionUser();
  if (!session.ok) return session.result;
  const parsed = validate(conversationSchema, input);
  if (!parsed.ok) return parsed.result;
  const { planId, conversationId, version, pupilId, heldOn, talkedById, said, agreements } = parsed.data;
  const plan = await findHeldPlan(session.user, planId, 'write', 'pupilData');
  if (!plan) return notAllowed();

  const [pupil, talker] = await Promise.all([
    db.pupil.findFirst({ where: { id: pupilId, classId: plan.classId }, select: { id: true, code: true } }),
    db.classTeamMember.findFirst({ where: { classId: plan.classId, userId: talkedById, user: { role: { in: ['TEACHER', 'CARE_WORKER'] } } }, select: { userId: true } }),
  ]);
  if (!pupil) return { ok: false, formError: 'Deze leerling hoort niet bij deze klas.', fieldErrors: { pupilId: ['Kies een leerling van deze klas.'] } };
  if (!talker) return { ok: false, formError: 'Kies de leerkracht of hulpverlener van deze klas.', fieldErrors: { talkedById: ['Kies de leerkracht of hulpverlener van deze klas.'] } };

  const data = { pupilId, heldOn: new Date(`${heldOn}T00:00:00Z`), talkedById, said, agreements: agreements || null };
  const outcome = await db.$transaction(async (tx) => {
    let saved;
    if (conversationId) {
      // Row lock, then compare: two edits of the same note cannot both start from the same text.
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "PupilConversation" WHERE id = ${conversationId} AND "planId" = ${planId} FOR UPDATE`;
      const current = locked.length ? await tx.pupilConversation.findUnique({ where: { id: conversationId } }) : null;
      if (!current) return { kind: 'missing' as const };
      if (conversationVersion(current) !== version) return { kind: 'stale' as const };
      saved = await tx.pupilConversation.update({ where: { id: conversationId }, data });
    } else {
      saved = await tx.pupilConversation.create({ data: { planId, ...data } });
    }
    await audit(
      {
        userId: session.user.id,
        action: conversationId ? 'pupil.conversation.update' : 'pupil.conversation.create',
        entity: 'Pupil',
        entityId: pupil.id,
        classId: plan.classId,
        detail: { code: pupil.code, conversationId: saved.id, lessonNumber: plan.lessonNumber },
      },
      tx,
    );
    return { kind: 'saved' as const, id: saved.id, version: conversationVersion(saved) };
  });
  if (outcome.kind === 'missing') return notAllowed();
  if (outcome.kind === 'stale') return { ok: false, formError: STALE };
  revalidatePath(evaluationPath(plan.classId, plan.lessonNumber));
  return { ok: true, data: { id: outcome.id, version: outcome.version } };
}
