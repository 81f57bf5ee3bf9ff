/**
 * The coordinator reads a class's plans, runs, evaluations and logbooks, but a pupil's alias that
 * the pair wrote in free text reaches them as the pupil's code: on the pages and on the live stream.
 * The pair itself keeps reading what it wrote.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { saveSharedField } from '@/lib/collab/actions';
import { db } from '@/lib/db';
import { getEvaluationPage } from '@/lib/evaluation/queries';
import { getPreparePage } from '@/lib/plans/queries';
import { getRunPage } from '@/lib/run/queries';
import { seedProgramme } from '../../prisma/seed/programme';
import { filledEvaluation } from '../support/evaluation';
import { actAs } from '../support/fake-session';
import { createUser, currentUserOf } from '../support/factories';
import { openLiveStream } from '../support/live-stream';

let lesson: Awaited<ReturnType<typeof filledEvaluation>>;
let codes: Record<string, string>;

beforeAll(async () => {
  await seedProgramme(db);
  lesson = await filledEvaluation(); // its pupils: Sem, Noor, Daan; question 3 reads "Noor vertelde over oma."
  codes = Object.fromEntries(lesson.pupils.map((p) => [p.alias, p.code]));
  actAs(lesson.teacher);
  await saveSharedField({ kind: 'EVALUATION', documentId: lesson.evaluationId, key: 'stressActions.c', value: 'sem mocht even naar de gang; DAAN ook.', baseVersion: 0 });
  await db.sharedField.create({ data: { documentKind: 'PLAN', documentId: lesson.plan.id, key: 'activity.2.notes', value: { v: 'Noor naast de hulpverlener zetten.' }, version: 1, updatedById: lesson.teacher.id } });
  await db.logbookEntry.create({ data: { planId: lesson.plan.id, authorId: lesson.careWorker.id, text: 'Met Sem gesproken na de les.' } });
  await db.activityOutcome.create({ data: { planId: lesson.plan.id, activityNumber: 2, outcome: 'ADAPTED', note: 'Daan deed het voor.', actualMinutes: 8 } });
});

const coordinator = async () => currentUserOf((await createUser('COORDINATOR')).id);

function expectNoAlias(json: string) {
  for (const alias of ['Sem', 'Noor', 'Daan']) expect(json).not.toMatch(new RegExp(`\\b${alias}\\b`, 'i'));
}

describe('what the coordinator reads', () => {
  it('shows the evaluation draft and the logbooks with codes for aliases', async () => {
    const result = await getEvaluationPage(await coordinator(), lesson.schoolClass.id, 1);
    if (result?.state !== 'ok') throw new Error('coordinator should read the evaluation');
    const fields = result.page.evaluation!.snapshot!.fields;
    expect(fields['pupilExample']?.value).toBe(`${codes.Noor} vertelde over oma.`);
    expect(fields['stressActions.c']?.value).toBe(`${codes.Sem} mocht even naar de gang; ${codes.Daan} ook.`);
    expect(result.page.logbooks.others.map((l) => l.text)).toEqual([`Met ${codes.Sem} gesproken na de les.`]);
    expectNoAlias(JSON.stringify(result.page));
  });

  it('shows the submitted answers and amendments with codes', async () => {
    await db.$transaction(async (tx) => {
      await tx.evaluation.update({ where: { id: lesson.evaluationId }, data: { submittedAt: new Date(), submittedById: lesson.teacher.id } });
      await tx.evaluationAnswer.create({ data: { evaluationId: lesson.evaluationId, questionKey: 'pupilExample', partKey: '', text: 'Noor vertelde over oma.' } });
      await tx.evaluationAmendment.create({ data: { evaluationId: lesson.evaluationId, questionKey: 'pupilExample', text: 'Later vertelde noor meer.', authorId: lesson.careWorker.id } });
    });
    const result = await getEvaluationPage(await coordinator(), lesson.schoolClass.id, 1);
    if (result?.state !== 'ok') throw new Error('coordinator should read the evaluation');
    expect(result.page.evaluation!.answers.find((a) => a.questionKey === 'pupilExample')?.text).toBe(`${codes.Noor} vertelde over oma.`);
    expect(result.page.evaluation!.amendments.map((a) => a.text)).toEqual([`Later vertelde ${codes.Noor} meer.`]);
    expectNoAlias(JSON.stringify(result.page));

    // The pair reads what it wrote.
    const own = await getEvaluationPage(await currentUserOf(lesson.teacher.id), lesson.schoolClass.id, 1);
    expect(own?.state === 'ok' && own.page.evaluation!.answers.find((a) => a.questionKey === 'pupilExample')?.text).toBe('Noor vertelde over oma.');
  });

  it('shows the plan and the lesson as held with codes, and the next lesson’s look back too', async () => {
    const user = await coordinator();
    const prepare = await getPreparePage(user, lesson.schoolClass.id, 1);
    expect(prepare?.snapshot.fields['activity.2.notes']?.value).toBe(`${codes.Noor} naast de hulpverlener zetten.`);
    expectNoAlias(JSON.stringify(prepare));

    const run = await getRunPage(user, lesson.schoolClass.id, 1);
    expect(run?.outcomes.find((o) => o.activityNumber === 2)?.note).toBe(`${codes.Daan} deed het voor.`);
    expectNoAlias(JSON.stringify(run));

    const version = await db.programmeVersion.findFirstOrThrow();
    await db.lessonPlan.create({ data: { classId: lesson.schoolClass.id, lessonNumber: 2, programmeVersionId: version.id } });
    const next = await getPreparePage(user, lesson.schoolClass.id, 2);
    expect(next?.previous?.logbooks.map((l) => l.text)).toEqual([`Met ${codes.Sem} gesproken na de les.`]);
    expectNoAlias(JSON.stringify(next));

    const pairView = await getPreparePage(await currentUserOf(lesson.careWorker.id), lesson.schoolClass.id, 1);
    expect(pairView?.snapshot.fields['activity.2.notes']?.value).toBe('Noor naast de hulpverlener zetten.');
  });

  it('streams a plan in preparation live with codes, the first snapshot and every change', async () => {
    const version = await db.programmeVersion.findFirstOrThrow();
    const plan = await db.lessonPlan.create({ data: { classId: lesson.schoolClass.id, lessonNumber: 3, programmeVersionId: version.id } });
    await db.sharedField.create({ data: { documentKind: 'PLAN', documentId: plan.id, key: 'activity.2.notes', value: { v: 'Noor naast de hulpverlener zetten.' }, version: 1, updatedById: lesson.teacher.id } });
    const user = await createUser('COORDINATOR');
    actAs(user);
    const live = await openLiveStream('PLAN', plan.id);
    expect(live.response.status).toBe(200);
    await live.readUntil(`${codes.Noor} naast de hulpverlener zetten.`);
    actAs(lesson.teacher);
    expect(await saveSharedField({ kind: 'PLAN', documentId: plan.id, key: 'activity.3.notes', value: 'Daan en Sem apart zetten.', baseVersion: 0 })).toMatchObject({ ok: true });
    await live.readUntil(`${codes.Daan} en ${codes.Sem} apart zetten.`);
    live.close();
    expectNoAlias(live.received());
  });
});
