import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { saveSharedField } from '@/lib/collab/actions';
import { signOffPlan, startPlan, withdrawSignOff } from '@/lib/plans/actions';
import { getPreparePage } from '@/lib/plans/queries';
import { GET as liveGET } from '@/app/api/live/[kind]/[documentId]/route';
import { seedProgramme } from '../../prisma/seed/programme';
import { actAs } from '../support/fake-session';
import { openLiveStream } from '../support/live-stream';
import { createClassWithPair, createUser, currentUserOf } from '../support/factories';

beforeAll(async () => {
  await seedProgramme(db);
});

async function newPlan() {
  const pair = await createClassWithPair();
  actAs(pair.teacher);
  const started = await startPlan({ classId: pair.schoolClass.id, lessonNumber: 1 });
  if (!started.ok) throw new Error('could not start plan');
  return { ...pair, planId: started.data.planId };
}

describe('shared plan fields', () => {
  it('saves a field and bumps its version', async () => {
    const { planId } = await newPlan();
    const first = await saveSharedField({ kind: 'PLAN', documentId: planId, key: 'activity.3.minutes', value: 10, baseVersion: 0 });
    expect(first).toEqual({ ok: true, data: { version: 1 } });
    const second = await saveSharedField({ kind: 'PLAN', documentId: planId, key: 'activity.3.minutes', value: 12, baseVersion: 1 });
    expect(second).toEqual({ ok: true, data: { version: 2 } });
  });

  it('refuses a stale save and reports the partner value, never overwriting it', async () => {
    const { planId, careWorker } = await newPlan();
    expect(await saveSharedField({ kind: 'PLAN', documentId: planId, key: 'adaptation.age', value: 'Leerkracht: korter uitleggen', baseVersion: 0 })).toMatchObject({ ok: true });
    actAs(careWorker);
    const stale = await saveSharedField({ kind: 'PLAN', documentId: planId, key: 'adaptation.age', value: 'Hulpverlener: met plaatjes', baseVersion: 0 });
    expect(stale).toMatchObject({ ok: false, conflict: { value: 'Leerkracht: korter uitleggen', version: 1 } });
    const stored = await db.sharedField.findUniqueOrThrow({ where: { documentKind_documentId_key: { documentKind: 'PLAN', documentId: planId, key: 'adaptation.age' } } });
    expect(stored.value).toEqual({ v: 'Leerkracht: korter uitleggen' });
  });

  it('lets exactly one of two simultaneous first saves win', async () => {
    const { planId } = await newPlan();
    const results = await Promise.all(
      ['een', 'twee', 'drie'].map((value) => saveSharedField({ kind: 'PLAN', documentId: planId, key: 'activity.2.notes', value, baseVersion: 0 })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && 'conflict' in r && r.conflict)).toHaveLength(2);
  });

  it('refuses unknown keys, bad values and pupils of another class with a field error', async () => {
    const { planId } = await newPlan();
    const other = await createClassWithPair();
    expect(await saveSharedField({ kind: 'PLAN', documentId: planId, key: 'status', value: 'READY', baseVersion: 0 })).toMatchObject({ ok: false, fieldErrors: { status: ['Dit veld bestaat niet.'] } });
    expect(await saveSharedField({ kind: 'PLAN', documentId: planId, key: 'activity.3.minutes', value: 90, baseVersion: 0 })).toMatchObject({ ok: false, fieldErrors: { 'activity.3.minutes': ['Maximaal 45 minuten.'] } });
    expect(await saveSharedField({ kind: 'PLAN', documentId: planId, key: 'activity.9.minutes', value: 5, baseVersion: 0 })).toMatchObject({ ok: false });
    const key = `attention.${other.pupils[0]!.id}`;
    expect(await saveSharedField({ kind: 'PLAN', documentId: planId, key, value: 'let op', baseVersion: 0 })).toMatchObject({ ok: false, fieldErrors: { [key]: ['Deze leerling hoort niet bij deze klas.'] } });
    expect(await db.sharedField.count({ where: { documentId: planId } })).toBe(0);
  });

  it('audits attention points for a pupil', async () => {
    const { planId, pupils, teacher } = await newPlan();
    await saveSharedField({ kind: 'PLAN', documentId: planId, key: `attention.${pupils[0]!.id}`, value: 'Zit graag bij het raam', baseVersion: 0 });
    expect(await db.auditLog.count({ where: { userId: teacher.id, action: 'pupil.attention.update', entityId: pupils[0]!.id } })).toBe(1);
  });
});

describe('sign-off', () => {
  it('is ready when both sign off, and a change by one withdraws the other', async () => {
    const { planId, teacher, careWorker } = await newPlan();
    actAs(teacher);
    expect(await signOffPlan({ planId })).toEqual({ ok: true, data: { status: 'PREPARING' } });
    actAs(careWorker);
    expect(await signOffPlan({ planId })).toEqual({ ok: true, data: { status: 'READY' } });

    actAs(careWorker);
    await saveSharedField({ kind: 'PLAN', documentId: planId, key: 'activity.1.notes', value: 'Toch iets anders', baseVersion: 0 });
    const plan = await db.lessonPlan.findUniqueOrThrow({ where: { id: planId }, include: { signOffs: true } });
    expect(plan.status).toBe('PREPARING');
    expect(plan.signOffs.map((s) => s.userId)).toEqual([careWorker.id]);
  });

  it('can be withdrawn by oneself', async () => {
    const { planId, teacher } = await newPlan();
    actAs(teacher);
    await signOffPlan({ planId });
    expect(await withdrawSignOff({ planId })).toEqual({ ok: true, data: { status: 'PREPARING' } });
    expect(await db.planSignOff.count({ where: { planId } })).toBe(0);
  });
});

describe("another school's plan", () => {
  it('is not found for reads, writes and the live stream', async () => {
    const { planId, schoolClass } = await newPlan();
    const stranger = await createClassWithPair();
    actAs(stranger.teacher);
    const user = await currentUserOf(stranger.teacher.id);
    expect(await getPreparePage(user, schoolClass.id, 1)).toBeNull();
    expect(await saveSharedField({ kind: 'PLAN', documentId: planId, key: 'activity.1.notes', value: 'x', baseVersion: 0 })).toMatchObject({ ok: false, formError: expect.stringContaining('bestaat niet') });
    expect(await signOffPlan({ planId })).toMatchObject({ ok: false });
    expect(await startPlan({ classId: schoolClass.id, lessonNumber: 2 })).toMatchObject({ ok: false });
    const response = await liveGET(new Request('http://localhost/api/live/PLAN/x'), { params: Promise.resolve({ kind: 'PLAN', documentId: planId }) });
    expect(response.status).toBe(404);
  });

  it('is read-only for a coordinator, who can never write it', async () => {
    const { planId, schoolClass } = await newPlan();
    const coordinator = await createUser('COORDINATOR');
    const user = await currentUserOf(coordinator.id);
    const page = await getPreparePage(user, schoolClass.id, 1);
    expect(page?.editable).toBe(false);
    expect(page?.pupils.every((p) => /^P-/.test(p.label))).toBe(true);
    actAs(coordinator);
    expect(await saveSharedField({ kind: 'PLAN', documentId: planId, key: 'activity.1.notes', value: 'x', baseVersion: 0 })).toMatchObject({ ok: false });
    expect(await signOffPlan({ planId })).toMatchObject({ ok: false });
  });
});

describe('live stream', () => {
  it('sends a snapshot, then a change made by the partner', async () => {
    const { planId, careWorker, teacher } = await newPlan();
    actAs(teacher);
    const live = await openLiveStream('PLAN', planId);
    expect(live.response.status).toBe(200);
    expect(live.response.headers.get('content-type')).toContain('text/event-stream');
    await live.readUntil('event: snapshot');
    actAs(careWorker);
    await saveSharedField({ kind: 'PLAN', documentId: planId, key: 'activity.4.notes', value: 'Genogram voorbereiden', baseVersion: 0 });
    await live.readUntil('Genogram voorbereiden');
    expect(live.received()).toContain('event: field');
    live.close();
  });
});
