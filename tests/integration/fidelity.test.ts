import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getFidelityReport } from '@/lib/fidelity/queries';
import { activityKey } from '@/lib/plans/fields';
import { seedProgramme } from '../../prisma/seed/programme';
import { createClassWithPair, createUser, currentUserOf } from '../support/factories';

type Pair = Awaited<ReturnType<typeof createClassWithPair>>;
type Outcome = 'AS_PLANNED' | 'ADAPTED' | 'SKIPPED';

let so: Pair;
let vso: Pair;

/** A held lesson with the pair's planned fields and the outcomes recorded per activity. */
async function heldLesson(pair: Pair, lessonNumber: number, heldOn: string, fields: Record<string, number | boolean>, outcomes: [number, Outcome, number | null][]) {
  const version = await db.programmeVersion.findFirstOrThrow({ orderBy: { version: 'desc' } });
  const plan = await db.lessonPlan.create({
    data: { classId: pair.schoolClass.id, lessonNumber, programmeVersionId: version.id, status: 'HELD', heldOn: new Date(`${heldOn}T00:00:00Z`) },
  });
  await db.sharedField.createMany({
    data: Object.entries(fields).map(([key, v]) => ({ documentKind: 'PLAN' as const, documentId: plan.id, key, value: { v }, version: 1 })),
  });
  await db.activityOutcome.createMany({
    data: outcomes.map(([activityNumber, outcome, actualMinutes]) => ({ planId: plan.id, activityNumber, outcome, actualMinutes })),
  });
  return plan;
}

beforeAll(async () => {
  await seedProgramme(db);
  so = await createClassWithPair('SO');
  vso = await createClassWithPair('VSO');
  // Planned 5 + 10 + 10 = 25 minutes: activity 4 is left out of the plan, the others have no minutes (the programme gives none).
  await heldLesson(
    so,
    1,
    '2026-11-10',
    {
      [activityKey(1, 'minutes')]: 5,
      [activityKey(2, 'minutes')]: 10,
      [activityKey(3, 'minutes')]: 10,
      [activityKey(4, 'minutes')]: 8,
      [activityKey(4, 'included')]: false,
      // Fields other than minutes and inclusion do not change the planned minutes.
      [activityKey(5, 'option')]: 7,
    },
    [
      [1, 'AS_PLANNED', 6],
      [2, 'ADAPTED', 12],
      [3, 'SKIPPED', 0],
      [5, 'AS_PLANNED', null],
    ],
  );
  // Held, but nothing recorded during the lesson.
  await heldLesson(so, 2, '2026-11-17', { [activityKey(1, 'minutes')]: 5 }, []);
  await heldLesson(vso, 1, '2026-11-12', { [activityKey(1, 'minutes')]: 5 }, [
    [1, 'AS_PLANNED', 5],
    [2, 'AS_PLANNED', 20],
  ]);
});

const coordinator = async (schoolIds?: string[]) => currentUserOf((await createUser('COORDINATOR', schoolIds ? { coordinatorSchoolIds: schoolIds } : {})).id);

describe('fidelity report', () => {
  it('counts outcomes per lesson and compares the average planned and actual minutes of the recorded lessons', async () => {
    const report = await getFidelityReport(await coordinator(), {});
    expect(report?.lessons).toHaveLength(8);
    expect(report?.lessons[0]).toEqual({
      lessonNumber: 1,
      held: 2,
      recorded: 2,
      outcomes: { AS_PLANNED: 4, ADAPTED: 1, SKIPPED: 1 },
      outcomeTotal: 6,
      plannedMinutes: 15, // (25 + 5) / 2
      actualMinutes: 21.5, // (18 + 25) / 2
    });
    expect(report?.lessons[1]).toEqual({ lessonNumber: 2, held: 1, recorded: 0, outcomes: { AS_PLANNED: 0, ADAPTED: 0, SKIPPED: 0 }, outcomeTotal: 0, plannedMinutes: null, actualMinutes: null });
    expect(report?.selected).toBeNull();
    expect(report?.classes.map((c) => c.id).sort()).toEqual([so.schoolClass.id, vso.schoolClass.id].sort());
  });

  it('filters by school type', async () => {
    const report = await getFidelityReport(await coordinator(), { kind: 'VSO' });
    expect(report?.lessons[0]).toMatchObject({ held: 1, recorded: 1, outcomes: { AS_PLANNED: 2, ADAPTED: 0, SKIPPED: 0 }, plannedMinutes: 5, actualMinutes: 25 });
    expect(report?.classes.map((c) => c.id)).toEqual([vso.schoolClass.id]);
  });

  it("does not count another school's lessons for a coordinator limited to one school", async () => {
    const limited = await coordinator([so.school.id]);
    const report = await getFidelityReport(limited, {});
    expect(report?.lessons[0]).toMatchObject({ held: 1, recorded: 1, outcomes: { AS_PLANNED: 2, ADAPTED: 1, SKIPPED: 1 }, plannedMinutes: 25, actualMinutes: 18 });
    expect(await getFidelityReport(limited, {}, vso.schoolClass.id)).toBeNull();
    expect(await getFidelityReport(limited, { school: vso.school.id })).toMatchObject({ classes: [], lessons: expect.arrayContaining([expect.objectContaining({ lessonNumber: 1, held: 0 })]) });
  });

  it('shows one class per lesson and activity: the plan as resolved beside what was recorded', async () => {
    const report = await getFidelityReport(await coordinator(), { kind: 'VSO' }, so.schoolClass.id);
    // The chosen class is shown even when the filter leaves it out of the totals.
    expect(report?.lessons[0]).toMatchObject({ outcomes: { AS_PLANNED: 2, ADAPTED: 0, SKIPPED: 0 } });
    expect(report?.classCount).toBe(1);
    expect(report?.classes.map((c) => c.id)).toEqual([vso.schoolClass.id, so.schoolClass.id]);
    const selected = report?.selected;
    expect(selected).toMatchObject({ id: so.schoolClass.id, name: so.schoolClass.name, schoolName: so.school.name });
    expect(selected?.lessons.map((l) => [l.lessonNumber, l.heldOn])).toEqual([
      [1, '2026-11-10'],
      [2, '2026-11-17'],
    ]);
    const [one, two] = selected!.lessons;
    expect(one!.activities).toHaveLength(7);
    expect(one!.activities.slice(0, 5).map((a) => [a.number, a.included, a.plannedMinutes, a.outcome, a.actualMinutes])).toEqual([
      [1, true, 5, 'AS_PLANNED', 6],
      [2, true, 10, 'ADAPTED', 12],
      [3, true, 10, 'SKIPPED', 0],
      [4, false, null, null, null],
      [5, true, null, 'AS_PLANNED', null],
    ]);
    expect(one).toMatchObject({ outcomes: { AS_PLANNED: 2, ADAPTED: 1, SKIPPED: 1 }, plannedMinutes: 25, actualMinutes: 18 });
    expect(two).toMatchObject({ outcomes: { AS_PLANNED: 0, ADAPTED: 0, SKIPPED: 0 }, plannedMinutes: 5, actualMinutes: 0 });
  });

  it('is a 404 for an unknown class, the pair and the admin', async () => {
    expect(await getFidelityReport(await coordinator(), {}, 'onbekend')).toBeNull();
    expect(await getFidelityReport(await currentUserOf(so.teacher.id), {})).toBeNull();
    expect(await getFidelityReport(await currentUserOf((await createUser('ADMIN')).id), {}, so.schoolClass.id)).toBeNull();
  });
});
