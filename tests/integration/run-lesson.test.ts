import { beforeAll, describe, expect, it } from 'vitest';
import { GET as liveGET } from '@/app/api/live/[kind]/[documentId]/route';
import { saveSharedField } from '@/lib/collab/actions';
import { readFields } from '@/lib/collab/store';
import { db } from '@/lib/db';
import { calendarDateInAmsterdam } from '@/lib/programme/homework-due';
import { markHeld, recordOutcome, runCommand } from '@/lib/run/actions';
import { saveCapture } from '@/lib/run/capture-actions';
import { getDisplayPage, getRunPage } from '@/lib/run/queries';
import { runStateFromValues } from '@/lib/run/state';
import { seedProgramme } from '../../prisma/seed/programme';
import { actAs } from '../support/fake-session';
import { currentUserOf } from '../support/factories';
import { captureInput, readyLesson, runCounts, submitEvaluation } from '../support/run-data';

beforeAll(async () => {
  await seedProgramme(db);
});

async function runState(planId: string) {
  const fields = await readFields('RUN', planId);
  return runStateFromValues(Object.fromEntries(Object.entries(fields).map(([key, state]) => [key, state.value])));
}

describe('running the lesson', () => {
  it('starts at the first activity and walks through the plan, on the server clock', async () => {
    const { planId } = await readyLesson();
    const before = Date.now();
    expect(await runCommand({ planId, command: { type: 'start' } })).toEqual({ ok: true, data: { changed: true } });
    let state = await runState(planId);
    expect(state.currentActivity).toBe(1);
    expect(state.lessonStartedAt).toBeGreaterThanOrEqual(before);
    expect(await runCommand({ planId, command: { type: 'next', from: 1 } })).toEqual({ ok: true, data: { changed: true } });
    expect(await runCommand({ planId, command: { type: 'next', from: 2 } })).toMatchObject({ ok: true });
    expect(await runCommand({ planId, command: { type: 'previous', from: 3 } })).toMatchObject({ ok: true });
    state = await runState(planId);
    expect(state.currentActivity).toBe(2);
  });

  it('moves one activity when both screens press "next" at once', async () => {
    const { planId, careWorker } = await readyLesson();
    await runCommand({ planId, command: { type: 'start' } });
    const teacherPress = runCommand({ planId, command: { type: 'next', from: 1 } });
    actAs(careWorker);
    const carePress = runCommand({ planId, command: { type: 'next', from: 1 } });
    const results = await Promise.all([teacherPress, carePress]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await runState(planId)).currentActivity).toBe(2);
  });

  it('pauses and resumes: the clocks leave the pause out', async () => {
    const { planId } = await readyLesson();
    await runCommand({ planId, command: { type: 'start' } });
    const started = (await runState(planId)).lessonStartedAt!;
    await runCommand({ planId, command: { type: 'pause' } });
    expect((await runState(planId)).pausedAt).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await runCommand({ planId, command: { type: 'resume' } });
    const resumed = await runState(planId);
    expect(resumed.pausedAt).toBeNull();
    expect(resumed.lessonStartedAt!).toBeGreaterThan(started);
  });

  it('refuses commands for a plan that is not ready, and bad commands', async () => {
    const { planId } = await readyLesson();
    expect(await runCommand({ planId, command: { type: 'jump' } })).toMatchObject({ ok: false });
    expect(await runCommand({ planId, command: { type: 'goto', from: null, to: 0 } })).toMatchObject({ ok: false });
    await saveSharedField({ kind: 'PLAN', documentId: planId, key: 'activity.1.notes', value: 'Toch nog iets', baseVersion: 0 });
    // The teacher's change withdrew the care worker's sign-off: the plan is no longer ready.
    expect(await runCommand({ planId, command: { type: 'start' } })).toMatchObject({ ok: false, formError: expect.stringContaining('nog niet klaar') });
    expect((await runCounts(planId)).runFields).toBe(0);
  });

  it('checks single run fields saved through the shared-document action', async () => {
    const { planId } = await readyLesson();
    expect(await saveSharedField({ kind: 'RUN', documentId: planId, key: 'currentActivity', value: 40, baseVersion: 0 })).toMatchObject({ ok: false, formError: 'Deze activiteit staat niet in het plan.' });
    expect(await saveSharedField({ kind: 'RUN', documentId: planId, key: 'attention.x', value: 'x', baseVersion: 0 })).toMatchObject({ ok: false, formError: 'Dit veld bestaat niet.' });
    expect(await saveSharedField({ kind: 'RUN', documentId: planId, key: 'currentActivity', value: 3, baseVersion: 0 })).toEqual({ ok: true, data: { version: 1 } });
  });
});

describe('recording outcomes', () => {
  it('records as planned, adapted with a note and skipped, and changes a recorded one', async () => {
    const { planId, teacher } = await readyLesson();
    expect(await recordOutcome({ planId, activityNumber: 1, outcome: 'AS_PLANNED', actualMinutes: 6 })).toEqual({ ok: true, data: { activityNumber: 1 } });
    expect(await recordOutcome({ planId, activityNumber: 2, outcome: 'ADAPTED', note: 'In tweetallen in plaats van klassikaal', actualMinutes: 9 })).toMatchObject({ ok: true });
    expect(await recordOutcome({ planId, activityNumber: 3, outcome: 'SKIPPED', actualMinutes: 4 })).toMatchObject({ ok: true });
    expect(await recordOutcome({ planId, activityNumber: 1, outcome: 'AS_PLANNED', actualMinutes: 7 })).toMatchObject({ ok: true });
    const outcomes = await db.activityOutcome.findMany({ where: { planId }, orderBy: { activityNumber: 'asc' } });
    expect(outcomes.map(({ activityNumber, outcome, note, actualMinutes, recordedById }) => ({ activityNumber, outcome, note, actualMinutes, recordedById }))).toEqual([
      { activityNumber: 1, outcome: 'AS_PLANNED', note: null, actualMinutes: 7, recordedById: teacher.id },
      { activityNumber: 2, outcome: 'ADAPTED', note: 'In tweetallen in plaats van klassikaal', actualMinutes: 9, recordedById: teacher.id },
      // Skipped took no time, whatever the clock said.
      { activityNumber: 3, outcome: 'SKIPPED', note: null, actualMinutes: 0, recordedById: teacher.id },
    ]);
  });

  it('needs a note for an adapted activity and refuses bad input, writing nothing', async () => {
    const { planId } = await readyLesson();
    const before = await runCounts(planId);
    expect(await recordOutcome({ planId, activityNumber: 2, outcome: 'ADAPTED', note: '   ', actualMinutes: 5 })).toMatchObject({ ok: false, fieldErrors: { note: ['Schrijf kort op wat u heeft aangepast.'] } });
    expect(await recordOutcome({ planId, activityNumber: 2, outcome: 'AS_PLANNED', actualMinutes: 2.5 })).toMatchObject({ ok: false, fieldErrors: { actualMinutes: ['Vul hele minuten in.'] } });
    expect(await recordOutcome({ planId, activityNumber: 2, outcome: 'AS_PLANNED', actualMinutes: 500 })).toMatchObject({ ok: false, fieldErrors: { actualMinutes: ['Maximaal 180 minuten.'] } });
    expect(await recordOutcome({ planId, activityNumber: 2, outcome: 'WEET_NIET' })).toMatchObject({ ok: false, fieldErrors: { outcome: expect.any(Array) } });
    expect(await recordOutcome({ planId, activityNumber: 2, outcome: 'ADAPTED', note: 'x'.repeat(1001) })).toMatchObject({ ok: false, fieldErrors: { note: ['Maximaal 1000 tekens.'] } });
    expect(await recordOutcome({ planId, activityNumber: 30, outcome: 'AS_PLANNED' })).toMatchObject({ ok: false, formError: 'Deze activiteit staat niet in het plan.' });
    expect(await runCounts(planId)).toEqual(before);
  });
});

describe('"Les afgerond"', () => {
  it("marks the plan held on today's Amsterdam date, stops the clocks, and a second press changes nothing", async () => {
    const { planId, careWorker } = await readyLesson();
    await runCommand({ planId, command: { type: 'start' } });
    const today = calendarDateInAmsterdam(new Date()).toISOString().slice(0, 10);
    expect(await markHeld({ planId })).toEqual({ ok: true, data: { heldOn: today } });
    const plan = await db.lessonPlan.findUniqueOrThrow({ where: { id: planId } });
    expect(plan.status).toBe('HELD');
    expect(plan.heldOn?.toISOString().slice(0, 10)).toBe(today);
    expect((await runState(planId)).pausedAt).not.toBeNull();
    actAs(careWorker);
    expect(await markHeld({ planId })).toEqual({ ok: true, data: { heldOn: today } });
  });

  it('ends steering, keeps outcomes open until the evaluation is submitted', async () => {
    const { planId, teacher } = await readyLesson();
    await markHeld({ planId });
    expect(await runCommand({ planId, command: { type: 'start' } })).toMatchObject({ ok: false, formError: 'Deze les is al afgerond.' });
    expect(await recordOutcome({ planId, activityNumber: 1, outcome: 'AS_PLANNED', actualMinutes: 5 })).toMatchObject({ ok: true });
    await submitEvaluation(planId, teacher.id);
    expect(await recordOutcome({ planId, activityNumber: 1, outcome: 'SKIPPED' })).toMatchObject({ ok: false, formError: expect.stringContaining('evaluatie') });
    expect((await db.activityOutcome.findUniqueOrThrow({ where: { planId_activityNumber: { planId, activityNumber: 1 } } })).outcome).toBe('AS_PLANNED');
  });

  it('refuses a plan that is not ready', async () => {
    const { planId } = await readyLesson();
    await saveSharedField({ kind: 'PLAN', documentId: planId, key: 'activity.2.notes', value: 'wijziging', baseVersion: 0 });
    expect(await markHeld({ planId })).toMatchObject({ ok: false });
    expect((await db.lessonPlan.findUniqueOrThrow({ where: { id: planId } })).status).toBe('PREPARING');
  });
});

describe('the digibord gets no pupil data', () => {
  it('neither in its page data nor in the live RUN stream', async () => {
    const { planId, pupils, careWorker, schoolClass } = await readyLesson(7, ['Zoë', 'Mehmet']);
    await saveSharedField({ kind: 'PLAN', documentId: planId, key: `attention.${pupils[0]!.id}`, value: 'Zoë zit graag vooraan', baseVersion: 0 });
    await saveSharedField({ kind: 'PLAN', documentId: planId, key: 'activity.1.notes', value: 'Mehmet helpt met uitdelen', baseVersion: 0 });
    await runCommand({ planId, command: { type: 'start' } }).catch(() => undefined);
    actAs(careWorker);
    await saveCapture(captureInput(planId, pupils[1]!.id, { text: 'Mehmet onrustig' }));
    await recordOutcome({ planId, activityNumber: 1, outcome: 'ADAPTED', note: 'Zoë mocht eerst', actualMinutes: 5 });
    const user = await currentUserOf(careWorker.id);
    const page = await getDisplayPage(user, schoolClass.id, 7);
    const sent = JSON.stringify(page);
    expect(sent).toContain('Kom afspraken na');
    for (const secret of ['Zoë', 'Mehmet', pupils[0]!.id, pupils[1]!.id]) expect(sent).not.toContain(secret);

    const controller = new AbortController();
    const response = await liveGET(new Request('http://localhost/api/live/RUN/x', { signal: controller.signal }), { params: Promise.resolve({ kind: 'RUN', documentId: planId }) });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    let received = '';
    while (!received.includes('event: snapshot')) received += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    expect(received).toContain('"outcomes"');
    for (const secret of ['Zoë', 'Mehmet', pupils[0]!.id, pupils[1]!.id]) expect(received).not.toContain(secret);
  });

  it("shows lesson 7's definition of trust as the pupil-facing text", async () => {
    const { teacher, schoolClass } = await readyLesson(7);
    const page = await getDisplayPage(await currentUserOf(teacher.id), schoolClass.id, 7);
    expect(page?.activities.find((a) => a.pupilFacingText)?.pupilFacingText).toMatch(/^Kom afspraken na/);
  });
});

describe('the run page', () => {
  it('shows the planned activities with guidance and lets the pair steer and record', async () => {
    const { teacher, schoolClass } = await readyLesson();
    const page = await getRunPage(await currentUserOf(teacher.id), schoolClass.id, 1);
    expect(page?.plan?.status).toBe('READY');
    expect(page?.activities.length).toBeGreaterThan(3);
    expect(page?.activities[0]).toMatchObject({ number: 1, title: expect.any(String) });
    expect(page).toMatchObject({ canSteer: true, canRecord: true, pupilData: { canCapture: true, capturesEditable: true } });
  });
});
