import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { demoSeedDay } from '@/lib/demo/schedule';
import { calendarDateInAmsterdam } from '@/lib/programme/homework-due';
import { seedDemo } from '../../prisma/seed/demo';
import { seedDemoRuns } from '../../prisma/seed/demo-runs';
import { seedProgramme } from '../../prisma/seed/programme';

async function counts() {
  return {
    held: await db.lessonPlan.count({ where: { status: 'HELD' } }),
    outcomes: await db.activityOutcome.count(),
    captures: await db.capture.count(),
    runFields: await db.sharedField.count({ where: { documentKind: 'RUN' } }),
  };
}

beforeAll(async () => {
  await seedProgramme(db);
  await seedDemo(db);
  await seedDemoRuns(db);
});

describe('demo runs of Groep Zon', () => {
  it('hold lessons 1–3 on their scheduled day, lesson 3 on the seed day (then evaluated by the demo evaluations)', async () => {
    const plans = await db.lessonPlan.findMany({ where: { class: { school: { name: 'De Vlinderboom' } } }, orderBy: { lessonNumber: 'asc' } });
    expect(plans.map((p) => [p.lessonNumber, p.status])).toEqual([
      [1, 'EVALUATED'],
      [2, 'EVALUATED'],
      [3, 'EVALUATED'],
      [4, 'PREPARING'],
    ]);
    for (const plan of plans.slice(0, 3)) expect(plan.heldOn?.toISOString()).toBe(calendarDateInAmsterdam(plan.scheduledAt!).toISOString());
    expect(plans[2]!.heldOn?.toISOString()).toBe(demoSeedDay(new Date()).toISOString());
    // Het Baken's two lessons are not given in run mode by the seed: no outcomes or captures there.
    expect(await db.activityOutcome.count({ where: { plan: { class: { school: { name: 'Het Baken' } } } } })).toBe(0);
    expect(await db.capture.count({ where: { plan: { class: { school: { name: 'Het Baken' } } } } })).toBe(0);
  });

  it('record every activity, mostly as planned, one adapted with a note and one skipped', async () => {
    const outcomes = await db.activityOutcome.findMany({ where: { plan: { class: { school: { name: 'De Vlinderboom' } } } } });
    const plans = await db.lessonPlan.findMany({ where: { heldOn: { not: null }, class: { school: { name: 'De Vlinderboom' } } }, select: { lessonNumber: true } });
    expect(plans).toHaveLength(3);
    expect(outcomes.length).toBeGreaterThanOrEqual(plans.length * 6);
    expect(outcomes.filter((o) => o.outcome === 'AS_PLANNED').length).toBeGreaterThan(outcomes.length / 2);
    const adapted = outcomes.filter((o) => o.outcome === 'ADAPTED');
    expect(adapted.length).toBeGreaterThanOrEqual(1);
    expect(adapted.every((o) => o.note && o.note.length > 10)).toBe(true);
    expect(outcomes.filter((o) => o.outcome === 'SKIPPED')).toEqual([expect.objectContaining({ actualMinutes: 0 })]);
  });

  it('have captures of every kind for several pupils, within the 45 minutes of their lesson', async () => {
    const captures = await db.capture.findMany({ include: { plan: true, pupil: true } });
    expect(new Set(captures.map((c) => c.kind))).toEqual(new Set(['STRESS', 'OBSERVATION', 'HELPED', 'CONVERSATION_NEEDED']));
    expect(new Set(captures.map((c) => c.pupil.alias)).size).toBeGreaterThanOrEqual(4);
    for (const c of captures) {
      const offset = c.capturedAt.getTime() - c.plan.scheduledAt!.getTime();
      expect(offset).toBeGreaterThanOrEqual(0);
      expect(offset).toBeLessThanOrEqual(45 * 60_000);
      expect(c.pupil.classId).toBe(c.plan.classId);
    }
  });

  it('are seeded once, however often the seed runs', async () => {
    const first = await counts();
    await seedDemo(db);
    await seedDemoRuns(db);
    expect(await counts()).toEqual(first);
  });
});
