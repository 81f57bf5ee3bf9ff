/**
 * Who may run a lesson: the pair steers, records and captures; a coordinator reads the run without
 * pupil data and every action refuses them; an admin and another school's pair get nothing (404).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as liveGET } from '@/app/api/live/[kind]/[documentId]/route';
import { saveSharedField } from '@/lib/collab/actions';
import { db } from '@/lib/db';
import { markHeld, recordOutcome, runCommand } from '@/lib/run/actions';
import { deleteCapture, saveCapture, updateCapture } from '@/lib/run/capture-actions';
import { getDisplayPage, getRunPage } from '@/lib/run/queries';
import { seedProgramme } from '../../prisma/seed/programme';
import { actAs } from '../support/fake-session';
import { createClassWithPair, createUser, currentUserOf } from '../support/factories';
import { captureInput, readyLesson, runCounts } from '../support/run-data';

let lesson: Awaited<ReturnType<typeof readyLesson>>;
let captureId: string;

beforeAll(async () => {
  await seedProgramme(db);
  lesson = await readyLesson();
  const input = captureInput(lesson.planId, lesson.pupils[0]!.id, { text: 'Van het duo' });
  await saveCapture(input);
  captureId = input.id;
  await runCommand({ planId: lesson.planId, command: { type: 'start' } });
});

/** Every run action, as an outsider would call it. */
function everyAction(planId: string, pupilId: string) {
  return [
    () => runCommand({ planId, command: { type: 'next', from: 1 } }),
    () => recordOutcome({ planId, activityNumber: 1, outcome: 'AS_PLANNED', actualMinutes: 5 }),
    () => markHeld({ planId }),
    () => saveCapture(captureInput(planId, pupilId)),
    () => updateCapture({ id: captureId, kind: 'HELPED', text: 'gewijzigd' }),
    () => deleteCapture({ id: captureId }),
    () => saveSharedField({ kind: 'RUN', documentId: planId, key: 'currentActivity', value: 3, baseVersion: 1 }),
  ];
}

async function refusesEverything() {
  const before = await runCounts();
  const snapshot = JSON.stringify(await db.capture.findMany({ where: { planId: lesson.planId }, omit: { updatedAt: true } }));
  for (const action of everyAction(lesson.planId, lesson.pupils[0]!.id)) expect(await action()).toMatchObject({ ok: false });
  expect(await runCounts()).toEqual(before);
  expect(JSON.stringify(await db.capture.findMany({ where: { planId: lesson.planId }, omit: { updatedAt: true } }))).toBe(snapshot);
  expect((await db.lessonPlan.findUniqueOrThrow({ where: { id: lesson.planId } })).status).toBe('READY');
}

async function liveStatus(planId: string): Promise<number> {
  const controller = new AbortController();
  const response = await liveGET(new Request('http://localhost/api/live/RUN/x', { signal: controller.signal }), { params: Promise.resolve({ kind: 'RUN', documentId: planId }) });
  controller.abort();
  return response.status;
}

describe('a coordinator', () => {
  it('reads the run without pupils or captures, and cannot steer or record', async () => {
    const coordinator = await createUser('COORDINATOR');
    const user = await currentUserOf(coordinator.id);
    const page = await getRunPage(user, lesson.schoolClass.id, 1);
    expect(page).toMatchObject({ canSteer: false, canRecord: false, pupilData: null });
    expect(JSON.stringify(page)).not.toContain('Van het duo');
    expect(await db.auditLog.count({ where: { userId: coordinator.id, action: 'pupil.read' } })).toBe(0);
    expect((await getDisplayPage(user, lesson.schoolClass.id, 1))?.canSteer).toBe(false);
    expect(await liveStatus(lesson.planId)).toBe(200);
  });

  it('is refused by every run action, which writes nothing', async () => {
    const coordinator = await createUser('COORDINATOR');
    actAs(coordinator);
    await refusesEverything();
  });
});

describe('an admin', () => {
  it('gets a 404 for the run, the digibord and the live stream, and every action refuses', async () => {
    const admin = await createUser('ADMIN');
    const user = await currentUserOf(admin.id);
    expect(await getRunPage(user, lesson.schoolClass.id, 1)).toBeNull();
    expect(await getDisplayPage(user, lesson.schoolClass.id, 1)).toBeNull();
    expect(await liveStatus(lesson.planId)).toBe(404);
    actAs(admin);
    await refusesEverything();
  });
});

describe("another school's pair", () => {
  it('gets a 404 for the run, the digibord and the live stream, and every action refuses', async () => {
    const stranger = await createClassWithPair();
    const user = await currentUserOf(stranger.careWorker.id);
    expect(await getRunPage(user, lesson.schoolClass.id, 1)).toBeNull();
    expect(await getDisplayPage(user, lesson.schoolClass.id, 1)).toBeNull();
    expect(await liveStatus(lesson.planId)).toBe(404);
    actAs(stranger.careWorker);
    await refusesEverything();
    // Not even with one of their own pupils.
    expect(await saveCapture(captureInput(lesson.planId, stranger.pupils[0]!.id))).toMatchObject({ ok: false, formError: expect.stringContaining('bestaat niet') });
  });
});

describe('a signed-out caller', () => {
  it('is refused by every action', async () => {
    actAs(null);
    await refusesEverything();
  });
});
