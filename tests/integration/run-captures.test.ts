import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { markHeld } from '@/lib/run/actions';
import { deleteCapture, saveCapture, updateCapture } from '@/lib/run/capture-actions';
import { getRunPage } from '@/lib/run/queries';
import { seedProgramme } from '../../prisma/seed/programme';
import { actAs } from '../support/fake-session';
import { createClassWithPair, createPupil, currentUserOf } from '../support/factories';
import { captureInput, readyLesson, runCounts, submitEvaluation } from '../support/run-data';

beforeAll(async () => {
  await seedProgramme(db);
});

describe('saving a capture', () => {
  it('stores a stress signal with its author and time, and audits it', async () => {
    const { planId, pupils, careWorker, schoolClass } = await readyLesson();
    actAs(careWorker);
    const input = captureInput(planId, pupils[0]!.id, { text: '  Trekt zich terug bij de kring  ', activityNumber: 2 });
    const result = await saveCapture(input);
    expect(result).toMatchObject({ ok: true, data: { id: input.id, duplicate: false } });
    const stored = await db.capture.findUniqueOrThrow({ where: { id: input.id } });
    expect(stored).toMatchObject({ planId, pupilId: pupils[0]!.id, kind: 'STRESS', text: 'Trekt zich terug bij de kring', activityNumber: 2, authorId: careWorker.id });
    const entries = await db.auditLog.findMany({ where: { action: 'capture.create', entityId: input.id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ userId: careWorker.id, classId: schoolClass.id });
  });

  it('stores a capture sent twice (a lost answer after a Wi-Fi drop) exactly once', async () => {
    const { planId, pupils, careWorker } = await readyLesson();
    actAs(careWorker);
    const input = captureInput(planId, pupils[1]!.id, { kind: 'OBSERVATION', text: 'Helpt een klasgenoot' });
    expect(await saveCapture(input)).toMatchObject({ ok: true, data: { duplicate: false } });
    expect(await saveCapture(input)).toMatchObject({ ok: true, data: { duplicate: true } });
    expect(await db.capture.count({ where: { id: input.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: 'capture.create', entityId: input.id } })).toBe(1);
  });

  it('stores one row when the same capture arrives twice at the same moment', async () => {
    const { planId, pupils, careWorker } = await readyLesson();
    actAs(careWorker);
    const input = captureInput(planId, pupils[0]!.id);
    const results = await Promise.all([saveCapture(input), saveCapture(input), saveCapture(input)]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.capture.count({ where: { planId } })).toBe(1);
  });

  it('dates a capture from a browser clock ahead of the server no later than now', async () => {
    const { planId, pupils } = await readyLesson();
    const input = captureInput(planId, pupils[0]!.id, { capturedAt: new Date(Date.now() + 3_600_000).toISOString() });
    await saveCapture(input);
    const stored = await db.capture.findUniqueOrThrow({ where: { id: input.id } });
    expect(stored.capturedAt.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('keeps the time a capture was made when it arrives late', async () => {
    const { planId, pupils } = await readyLesson();
    const madeAt = new Date(Date.now() - 20 * 60_000).toISOString();
    const input = captureInput(planId, pupils[0]!.id, { capturedAt: madeAt });
    await saveCapture(input);
    expect((await db.capture.findUniqueOrThrow({ where: { id: input.id } })).capturedAt.toISOString()).toBe(madeAt);
  });
});

describe('bad capture input gives a clear error and writes nothing', () => {
  it('refuses an unknown pupil, a pupil of another class and one who left', async () => {
    const { planId, schoolClass } = await readyLesson();
    const other = await createClassWithPair();
    const left = await createPupil(schoolClass.id, 'Vertrokken');
    await db.pupil.update({ where: { id: left.id }, data: { active: false } });
    const before = await runCounts();
    for (const pupilId of ['bestaatniet', other.pupils[0]!.id, left.id]) {
      expect(await saveCapture(captureInput(planId, pupilId))).toEqual({
        ok: false,
        formError: 'Deze leerling hoort niet bij deze klas.',
        fieldErrors: { pupilId: ['Deze leerling hoort niet bij deze klas.'] },
      });
    }
    expect(await runCounts()).toEqual(before);
  });

  it('refuses a text over 280 characters, a malformed id, kind or time', async () => {
    const { planId, pupils } = await readyLesson();
    const before = await runCounts();
    expect(await saveCapture(captureInput(planId, pupils[0]!.id, { text: 'x'.repeat(281) }))).toMatchObject({ ok: false, fieldErrors: { text: ['Maximaal 280 tekens.'] } });
    expect(await saveCapture(captureInput(planId, pupils[0]!.id, { id: 'niet-een-uuid' }))).toMatchObject({ ok: false, fieldErrors: { id: ['Ongeldige notitie.'] } });
    expect(await saveCapture(captureInput(planId, pupils[0]!.id, { kind: 'BOOS' }))).toMatchObject({ ok: false, fieldErrors: { kind: expect.any(Array) } });
    expect(await saveCapture(captureInput(planId, pupils[0]!.id, { capturedAt: 'gisteren' }))).toMatchObject({ ok: false, fieldErrors: { capturedAt: expect.any(Array) } });
    expect(await saveCapture(captureInput(planId, pupils[0]!.id, { activityNumber: 42 }))).toMatchObject({ ok: false, formError: 'Deze activiteit staat niet in het plan.' });
    expect(await saveCapture(null)).toMatchObject({ ok: false });
    expect(await runCounts()).toEqual(before);
  });

  it('refuses an id already used for another lesson or by someone else', async () => {
    const { planId, pupils, careWorker } = await readyLesson();
    const input = captureInput(planId, pupils[0]!.id, { text: 'Van de leerkracht' });
    await saveCapture(input);
    actAs(careWorker);
    expect(await saveCapture({ ...input, text: 'Overschrijven?' })).toMatchObject({ ok: false });
    const elsewhere = await readyLesson();
    expect(await saveCapture({ ...input, planId: elsewhere.planId, pupilId: elsewhere.pupils[0]!.id })).toMatchObject({ ok: false });
    expect((await db.capture.findUniqueOrThrow({ where: { id: input.id } })).text).toBe('Van de leerkracht');
  });

  it('refuses captures before the plan is ready', async () => {
    const pair = await createClassWithPair();
    actAs(pair.teacher);
    const { startPlan } = await import('@/lib/plans/actions');
    const started = await startPlan({ classId: pair.schoolClass.id, lessonNumber: 2 });
    if (!started.ok) throw new Error('no plan');
    expect(await saveCapture(captureInput(started.data.planId, pair.pupils[0]!.id))).toMatchObject({ ok: false, formError: expect.stringContaining('nog niet klaar') });
    expect(await db.capture.count({ where: { planId: started.data.planId } })).toBe(0);
  });
});

describe('after the lesson', () => {
  it('still accepts captures that waited for the connection, until the evaluation is submitted', async () => {
    const { planId, pupils, teacher } = await readyLesson();
    expect(await markHeld({ planId })).toMatchObject({ ok: true });
    expect(await saveCapture(captureInput(planId, pupils[0]!.id))).toMatchObject({ ok: true });
    await submitEvaluation(planId, teacher.id);
    expect(await saveCapture(captureInput(planId, pupils[0]!.id))).toMatchObject({ ok: false, formError: expect.stringContaining('evaluatie') });
    expect(await db.capture.count({ where: { planId } })).toBe(1);
  });
});

describe('changing and deleting captures', () => {
  it('lets the author change kind and text, and delete, each audited', async () => {
    const { planId, pupils, teacher } = await readyLesson();
    const input = captureInput(planId, pupils[0]!.id);
    await saveCapture(input);
    expect(await updateCapture({ id: input.id, kind: 'HELPED', text: 'Even naar de gang hielp' })).toEqual({ ok: true, data: { id: input.id } });
    expect(await db.capture.findUniqueOrThrow({ where: { id: input.id } })).toMatchObject({ kind: 'HELPED', text: 'Even naar de gang hielp' });
    expect(await deleteCapture({ id: input.id })).toEqual({ ok: true, data: { id: input.id } });
    expect(await db.capture.count({ where: { id: input.id } })).toBe(0);
    const actions = (await db.auditLog.findMany({ where: { entityId: input.id, userId: teacher.id }, orderBy: { id: 'asc' } })).map((e) => e.action);
    expect(actions).toEqual(['capture.create', 'capture.update', 'capture.delete']);
  });

  it("refuses the partner's changes to someone else's capture", async () => {
    const { planId, pupils, careWorker } = await readyLesson();
    const input = captureInput(planId, pupils[0]!.id, { text: 'Eigen notitie' });
    await saveCapture(input);
    actAs(careWorker);
    expect(await updateCapture({ id: input.id, kind: 'OBSERVATION', text: 'Anders' })).toEqual({ ok: false, formError: 'Alleen wie de notitie maakte kan haar wijzigen of verwijderen.' });
    expect(await deleteCapture({ id: input.id })).toMatchObject({ ok: false });
    expect(await db.capture.findUniqueOrThrow({ where: { id: input.id } })).toMatchObject({ kind: 'STRESS', text: 'Eigen notitie' });
  });

  it('refuses an overlong text on change and leaves the capture as it was', async () => {
    const { planId, pupils } = await readyLesson();
    const input = captureInput(planId, pupils[0]!.id, { text: 'Kort' });
    await saveCapture(input);
    expect(await updateCapture({ id: input.id, kind: 'STRESS', text: 'y'.repeat(281) })).toMatchObject({ ok: false, fieldErrors: { text: ['Maximaal 280 tekens.'] } });
    expect((await db.capture.findUniqueOrThrow({ where: { id: input.id } })).text).toBe('Kort');
  });

  it('locks captures once the evaluation is submitted', async () => {
    const { planId, pupils, teacher } = await readyLesson();
    const input = captureInput(planId, pupils[0]!.id);
    await saveCapture(input);
    await markHeld({ planId });
    await submitEvaluation(planId, teacher.id);
    expect(await updateCapture({ id: input.id, kind: 'HELPED', text: null })).toMatchObject({ ok: false, formError: expect.stringContaining('evaluatie') });
    expect(await deleteCapture({ id: input.id })).toMatchObject({ ok: false });
    expect(await db.capture.findUniqueOrThrow({ where: { id: input.id } })).toMatchObject({ kind: 'STRESS' });
  });
});

describe('reading captures', () => {
  it('writes one audit entry per view of the run page, for the pair', async () => {
    const { planId, pupils, teacher, schoolClass } = await readyLesson();
    await saveCapture(captureInput(planId, pupils[0]!.id, { text: 'Zit onrustig' }));
    const user = await currentUserOf(teacher.id);
    const page = await getRunPage(user, schoolClass.id, 1);
    expect(page?.pupilData?.captures).toEqual([expect.objectContaining({ pupilAlias: pupils[0]!.alias, text: 'Zit onrustig', authorId: teacher.id })]);
    const reads = await db.auditLog.findMany({ where: { action: 'pupil.read', entityId: planId, userId: teacher.id } });
    expect(reads).toHaveLength(1);
    expect(reads[0]!.detail).toMatchObject({ view: 'run', captures: 1 });
  });
});
