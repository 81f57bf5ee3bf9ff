/**
 * Who may do what with evaluations, logbooks, conversations and lesson 8: every action by the
 * coordinator, an admin, another school's pair and an anonymous caller is refused and changes
 * nothing; the coordinator reads the evaluation and logbooks, but sees no pupils at all.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { GET as liveGET } from '@/app/api/live/[kind]/[documentId]/route';
import { saveSharedField, updatePresence } from '@/lib/collab/actions';
import { saveCelebration } from '@/lib/celebration/actions';
import { saveConversation } from '@/lib/conversations/actions';
import { addAmendment, confirmEvaluation, withdrawConfirmation } from '@/lib/evaluation/actions';
import { getEvaluationPage } from '@/lib/evaluation/queries';
import { saveLogbook } from '@/lib/logbook/actions';
import type { ActionResult } from '@/lib/result';
import { seedProgramme } from '../../prisma/seed/programme';
import { actAs } from '../support/fake-session';
import { createClassWithPair, createUser, currentUserOf } from '../support/factories';
import { filledEvaluation } from '../support/evaluation';

let lesson: Awaited<ReturnType<typeof filledEvaluation>>;

beforeAll(async () => {
  await seedProgramme(db);
  lesson = await filledEvaluation();
  await db.capture.create({
    data: { id: 'capture-authz-1', planId: lesson.plan.id, pupilId: lesson.pupils[0]!.id, kind: 'STRESS', text: 'Onrustig', capturedAt: new Date(), authorId: lesson.careWorker.id },
  });
});

async function state() {
  const where = { planId: lesson.plan.id };
  return JSON.stringify({
    fields: await db.sharedField.findMany({ where: { documentId: lesson.evaluationId }, orderBy: { key: 'asc' } }),
    evaluation: await db.evaluation.findUnique({ where, include: { confirmations: true, answers: true, amendments: true } }),
    logbooks: await db.logbookEntry.findMany({ where }),
    conversations: await db.pupilConversation.findMany({ where }),
    celebrations: await db.celebration.findMany(),
    audit: await db.auditLog.count(),
  });
}

const everyAction = (): [string, () => Promise<ActionResult<unknown>>][] => {
  const { evaluationId, plan, pupils, careWorker } = lesson;
  return [
    ['saveSharedField', () => saveSharedField({ kind: 'EVALUATION', documentId: evaluationId, key: 'collaboration', value: 'x', baseVersion: 1 })],
    ['updatePresence', () => updatePresence({ kind: 'EVALUATION', documentId: evaluationId, field: null })],
    ['confirmEvaluation', () => confirmEvaluation({ evaluationId })],
    ['withdrawConfirmation', () => withdrawConfirmation({ evaluationId })],
    ['addAmendment', () => addAmendment({ evaluationId, questionKey: 'general', text: 'x' })],
    ['saveLogbook', () => saveLogbook({ planId: plan.id, text: 'x', version: 0 })],
    ['saveConversation', () => saveConversation({ planId: plan.id, pupilId: pupils[0]!.id, heldOn: '2026-11-20', talkedById: careWorker.id, said: 'x', agreements: '' })],
    ['saveCelebration', () => saveCelebration({ pupilId: pupils[0]!.id, selfRatingNow: 5, selfRatingStart: 5, proudest: '', keepGoing: '', version: '' })],
  ];
};

describe.each([
  ['coordinator', () => createUser('COORDINATOR')],
  ['coordinator of this very school', () => createUser('COORDINATOR', { coordinatorSchoolIds: [lesson.school.id] })],
  ['admin', () => createUser('ADMIN')],
  ['teacher of another school', async () => (await createClassWithPair()).teacher],
  ['care worker of another school', async () => (await createClassWithPair()).careWorker],
  ['anonymous caller', async () => null],
])('%s', (_name, makeUser) => {
  it('is refused on every action, which changes nothing', async () => {
    const user = await makeUser();
    const before = await state();
    for (const [name, action] of everyAction()) {
      actAs(user);
      expect(await action(), name).toMatchObject({ ok: false });
    }
    expect(await state()).toBe(before);
  });
});

describe('reading', () => {
  it('gives the coordinator the evaluation and logbooks read-only, without any pupil data', async () => {
    const coordinator = await currentUserOf((await createUser('COORDINATOR')).id);
    const result = await getEvaluationPage(coordinator, lesson.schoolClass.id, 1);
    if (result?.state !== 'ok') throw new Error('coordinator should read the evaluation');
    expect(result.page.canWrite).toBe(false);
    expect(result.page.evaluation?.editable).toBe(false);
    expect(result.page.evaluation?.snapshot?.fields['stressActions.a']?.value).toBeTruthy();
    expect(result.page.captures).toBeNull();
    expect(result.page.conversations).toBeNull();
    expect(result.page.pupils).toEqual([]);
    expect(JSON.stringify(result.page)).not.toContain(lesson.pupils[0]!.alias);
  });

  it('shows the pair the lesson’s captures by alias, audited', async () => {
    const teacher = await currentUserOf(lesson.teacher.id);
    const result = await getEvaluationPage(teacher, lesson.schoolClass.id, 1);
    expect(result?.state === 'ok' && result.page.captures).toEqual([expect.objectContaining({ pupilAlias: lesson.pupils[0]!.alias, kind: 'STRESS', text: 'Onrustig' })]);
    expect(await db.auditLog.count({ where: { userId: lesson.teacher.id, action: 'pupil.read', entityId: lesson.plan.id } })).toBeGreaterThan(0);
  });

  it('is not found for admins and other schools, page and live stream alike', async () => {
    for (const stranger of [await createUser('ADMIN'), (await createClassWithPair()).teacher, await createUser('COORDINATOR', { coordinatorSchoolIds: [(await createClassWithPair()).school.id] })]) {
      expect(await getEvaluationPage(await currentUserOf(stranger.id), lesson.schoolClass.id, 1)).toBeNull();
      actAs(stranger);
      const response = await liveGET(new Request('http://localhost/x'), { params: Promise.resolve({ kind: 'EVALUATION', documentId: lesson.evaluationId }) });
      expect(response.status).toBe(404);
    }
    expect(await db.evaluation.count({ where: { planId: lesson.plan.id } })).toBe(1);
  });
});
