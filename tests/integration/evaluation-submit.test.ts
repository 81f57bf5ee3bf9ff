import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { saveSharedField } from '@/lib/collab/actions';
import { addAmendment, confirmEvaluation, withdrawConfirmation } from '@/lib/evaluation/actions';
import { getEvaluationPage } from '@/lib/evaluation/queries';
import { getPreparePage } from '@/lib/plans/queries';
import { seedProgramme } from '../../prisma/seed/programme';
import { actAs } from '../support/fake-session';
import { currentUserOf } from '../support/factories';
import { createHeldLesson, filledEvaluation, fullAnswers, openEvaluation } from '../support/evaluation';

beforeAll(async () => {
  await seedProgramme(db);
});

describe('opening the evaluation', () => {
  it('creates one evaluation per held lesson, however often the pair opens it', async () => {
    const lesson = await createHeldLesson(2);
    const ids = await Promise.all([
      openEvaluation(lesson.teacher.id, lesson.schoolClass.id, 2),
      openEvaluation(lesson.teacher.id, lesson.schoolClass.id, 2),
    ]);
    expect(ids[0]).toBe(ids[1]);
    expect(await openEvaluation(lesson.careWorker.id, lesson.schoolClass.id, 2)).toBe(ids[0]);
    expect(await db.evaluation.count({ where: { planId: lesson.plan.id } })).toBe(1);
  });

  it('is not there before the lesson is given', async () => {
    const lesson = await createHeldLesson(3);
    await db.lessonPlan.update({ where: { id: lesson.plan.id }, data: { status: 'READY' } });
    const result = await getEvaluationPage(await currentUserOf(lesson.teacher.id), lesson.schoolClass.id, 3);
    expect(result).toMatchObject({ state: 'notHeld', status: 'READY' });
    expect(await db.evaluation.count({ where: { planId: lesson.plan.id } })).toBe(0);
  });
});

describe('submitting', () => {
  it('needs both of the pair, then freezes the answers and marks the lesson evaluated', async () => {
    const { evaluationId, teacher, careWorker, plan } = await filledEvaluation();
    actAs(teacher);
    expect(await confirmEvaluation({ evaluationId })).toEqual({ ok: true, data: { status: 'confirmed' } });
    expect((await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } })).submittedAt).toBeNull();

    actAs(careWorker);
    expect(await confirmEvaluation({ evaluationId })).toEqual({ ok: true, data: { status: 'submitted' } });
    const evaluation = await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId }, include: { answers: true } });
    expect(evaluation.submittedAt).not.toBeNull();
    expect(evaluation.submittedById).toBe(careWorker.id);
    expect(evaluation.answers).toHaveLength(Object.keys(fullAnswers).length);
    expect(evaluation.answers).toContainEqual(expect.objectContaining({ questionKey: 'stressActions', partKey: 'b', text: fullAnswers['stressActions.b'] }));
    expect((await db.lessonPlan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe('EVALUATED');
    expect(await db.auditLog.count({ where: { action: 'evaluation.submit', entityId: evaluationId } })).toBe(1);
  });

  it('withdraws the partner’s confirmation when a field changes afterwards', async () => {
    const { evaluationId, teacher, careWorker } = await filledEvaluation();
    actAs(teacher);
    await confirmEvaluation({ evaluationId });
    actAs(careWorker);
    expect(await saveSharedField({ kind: 'EVALUATION', documentId: evaluationId, key: 'collaboration', value: 'Toch iets anders', baseVersion: 1 })).toMatchObject({ ok: true });
    expect(await db.evaluationConfirmation.count({ where: { evaluationId } })).toBe(0);
    // So the care worker's "Indienen" now only confirms; it does not submit.
    expect(await confirmEvaluation({ evaluationId })).toEqual({ ok: true, data: { status: 'confirmed' } });
    expect((await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } })).submittedAt).toBeNull();
  });

  it('lets one take back their own confirmation', async () => {
    const { evaluationId, teacher } = await filledEvaluation();
    actAs(teacher);
    await confirmEvaluation({ evaluationId });
    expect(await withdrawConfirmation({ evaluationId })).toEqual({ ok: true, data: undefined });
    expect(await db.evaluationConfirmation.count({ where: { evaluationId } })).toBe(0);
  });

  it('refuses an evaluation with every question empty, saying which questions are missing', async () => {
    const lesson = await createHeldLesson();
    const evaluationId = await openEvaluation(lesson.teacher.id, lesson.schoolClass.id, 1);
    actAs(lesson.teacher);
    const result = await confirmEvaluation({ evaluationId });
    expect(result).toMatchObject({ ok: false, fieldErrors: { stressActions: ['Vul bij vraag 1 minstens één onderdeel in.'], collaboration: ['Vul vraag 5 in.'] } });
    expect(!result.ok && result.formError).toContain('Vraag 1 (drie handelingen bij stress), vraag 2');
    expect(await db.evaluationConfirmation.count({ where: { evaluationId } })).toBe(0);
  });

  it('refuses an evaluation with one question missing and names it', async () => {
    const lesson = await createHeldLesson();
    const evaluationId = await openEvaluation(lesson.teacher.id, lesson.schoolClass.id, 1);
    actAs(lesson.teacher);
    const rest = Object.entries(fullAnswers).filter(([key]) => key !== 'pupilExample');
    for (const [key, value] of rest) await saveSharedField({ kind: 'EVALUATION', documentId: evaluationId, key, value, baseVersion: 0 });
    const result = await confirmEvaluation({ evaluationId });
    expect(result).toEqual({
      ok: false,
      formError: 'Vraag 3 (een voorbeeld van een leerling) is nog niet ingevuld. Vul alle vijf vragen in voordat u indient.',
      fieldErrors: { pupilExample: ['Vul vraag 3 in.'] },
    });
  });

  it('submits exactly once when "Indienen" is sent several times at once', async () => {
    const { evaluationId, teacher, careWorker } = await filledEvaluation();
    actAs(teacher);
    await confirmEvaluation({ evaluationId });
    actAs(careWorker);
    const results = await Promise.all(Array.from({ length: 6 }, () => confirmEvaluation({ evaluationId })));
    expect(results.every((r) => r.ok && r.data.status === 'submitted')).toBe(true);
    const evaluation = await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId }, include: { answers: true } });
    expect(evaluation.answers).toHaveLength(Object.keys(fullAnswers).length);
    expect(await db.auditLog.count({ where: { action: 'evaluation.submit', entityId: evaluationId } })).toBe(1);
    // A later repeat changes nothing either.
    const submittedAt = evaluation.submittedAt;
    expect(await confirmEvaluation({ evaluationId })).toEqual({ ok: true, data: { status: 'submitted' } });
    expect((await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } })).submittedAt).toEqual(submittedAt);
  });

  it('submits exactly once when both of the pair press at the same moment, repeatedly', async () => {
    const { evaluationId, teacher, careWorker } = await filledEvaluation();
    // The fake session is per process, so interleave the two people's calls in turns.
    const calls = [];
    for (let i = 0; i < 4; i++) {
      actAs(i % 2 === 0 ? teacher : careWorker);
      calls.push(confirmEvaluation({ evaluationId }));
    }
    await Promise.all(calls);
    actAs(careWorker);
    await confirmEvaluation({ evaluationId });
    expect(await db.evaluationAnswer.count({ where: { evaluationId } })).toBe(Object.keys(fullAnswers).length);
    expect(await db.auditLog.count({ where: { action: 'evaluation.submit', entityId: evaluationId } })).toBe(1);
  });
});

describe('a submitted evaluation', () => {
  async function submitted() {
    const lesson = await filledEvaluation();
    actAs(lesson.teacher);
    await confirmEvaluation({ evaluationId: lesson.evaluationId });
    actAs(lesson.careWorker);
    await confirmEvaluation({ evaluationId: lesson.evaluationId });
    return lesson;
  }

  it('refuses edits of its fields, and its confirmations cannot be taken back', async () => {
    const { evaluationId, teacher } = await submitted();
    actAs(teacher);
    const fieldsBefore = await db.sharedField.findMany({ where: { documentId: evaluationId }, orderBy: { key: 'asc' } });
    expect(await saveSharedField({ kind: 'EVALUATION', documentId: evaluationId, key: 'collaboration', value: 'Achteraf anders', baseVersion: 1 })).toMatchObject({
      ok: false,
      formError: expect.stringContaining('kan niet meer worden gewijzigd'),
    });
    expect(await saveSharedField({ kind: 'EVALUATION', documentId: evaluationId, key: 'stressActions.c', value: 'Nieuw', baseVersion: 0 })).toMatchObject({ ok: false });
    expect(await db.sharedField.findMany({ where: { documentId: evaluationId }, orderBy: { key: 'asc' } })).toEqual(fieldsBefore);
    expect(await withdrawConfirmation({ evaluationId })).toMatchObject({ ok: false });
    expect(await db.evaluationConfirmation.count({ where: { evaluationId } })).toBe(2);
  });

  it('accepts amendments, shown under the original, which stays as it was', async () => {
    const { evaluationId, careWorker, schoolClass } = await submitted();
    const answersBefore = await db.evaluationAnswer.findMany({ where: { evaluationId }, orderBy: [{ questionKey: 'asc' }, { partKey: 'asc' }] });
    actAs(careWorker);
    expect(await addAmendment({ evaluationId, questionKey: 'pupilExample', text: '  Noors moeder belde later terug.  ' })).toMatchObject({ ok: true });
    expect(await addAmendment({ evaluationId, questionKey: 'general', text: 'Algemene aanvulling' })).toMatchObject({ ok: true });
    expect(await db.evaluationAnswer.findMany({ where: { evaluationId }, orderBy: [{ questionKey: 'asc' }, { partKey: 'asc' }] })).toEqual(answersBefore);

    const page = await getEvaluationPage(await currentUserOf(careWorker.id), schoolClass.id, 1);
    const evaluation = page?.state === 'ok' ? page.page.evaluation : null;
    expect(evaluation?.snapshot).toBeNull();
    expect(evaluation?.amendments).toEqual([
      expect.objectContaining({ questionKey: 'pupilExample', text: 'Noors moeder belde later terug.', authorName: careWorker.name }),
      expect.objectContaining({ questionKey: null, text: 'Algemene aanvulling' }),
    ]);
    expect(evaluation?.answers.find((a) => a.questionKey === 'pupilExample')?.text).toBe(fullAnswers.pupilExample);
  });

  it('shows on the next lesson’s prepare page', async () => {
    const { schoolClass, teacher } = await submitted();
    const version = await db.programmeVersion.findFirstOrThrow({ orderBy: { version: 'desc' } });
    await db.lessonPlan.create({ data: { classId: schoolClass.id, lessonNumber: 2, programmeVersionId: version.id } });
    const page = await getPreparePage(await currentUserOf(teacher.id), schoolClass.id, 2);
    expect(page?.previous?.evaluationSubmitted).toBe(true);
    expect(page?.previous?.evaluationAnswers).toContainEqual({ label: '1 A', text: fullAnswers['stressActions.a'] });
  });

  it('refuses amendments while still a draft', async () => {
    const { evaluationId, teacher } = await filledEvaluation();
    actAs(teacher);
    expect(await addAmendment({ evaluationId, questionKey: 'collaboration', text: 'Te vroeg' })).toMatchObject({ ok: false });
    expect(await db.evaluationAmendment.count({ where: { evaluationId } })).toBe(0);
  });
});
