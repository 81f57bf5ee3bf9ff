import { beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { getChartData } from '@/lib/charts/queries';
import type { HomeworkStatus } from '@/lib/charts/series';
import { seedProgramme } from '../../prisma/seed/programme';
import { createClass, createClassWithPair, createPupil, createUser, currentUserOf } from '../support/factories';

type Pair = Awaited<ReturnType<typeof createClassWithPair>>;

let soPair: Pair;
let vsoPair: Pair;

async function lesson(classId: string, lessonNumber: number, heldOn: string | null, evaluation: 'submitted' | 'draft' | null = null) {
  const version = await db.programmeVersion.findFirstOrThrow({ orderBy: { version: 'desc' } });
  const plan = await db.lessonPlan.create({
    data: {
      classId,
      lessonNumber,
      programmeVersionId: version.id,
      status: heldOn ? (evaluation === 'submitted' ? 'EVALUATED' : 'HELD') : 'READY',
      heldOn: heldOn ? new Date(`${heldOn}T00:00:00Z`) : null,
    },
  });
  if (evaluation) await db.evaluation.create({ data: { planId: plan.id, submittedAt: evaluation === 'submitted' ? new Date(`${heldOn}T15:00:00Z`) : null } });
  return plan;
}

async function captures(planId: string, pair: Pair, kind: 'STRESS' | 'OBSERVATION', activityNumber: number | null, times: number) {
  for (let i = 0; i < times; i++) {
    await db.capture.create({
      data: { id: randomUUID(), planId, pupilId: pair.pupils[i % pair.pupils.length]!.id, kind, activityNumber, capturedAt: new Date(), authorId: pair.careWorker.id },
    });
  }
}

async function homework(pair: Pair, lessonNumber: number, statuses: HomeworkStatus[]) {
  for (const [i, status] of statuses.entries()) {
    const pupil = pair.pupils[i] ?? (await createPupil(pair.schoolClass.id));
    await db.homeworkAssignment.create({ data: { pupilId: pupil.id, lessonNumber, status } });
  }
}

beforeAll(async () => {
  await seedProgramme(db);
  soPair = await createClassWithPair('SO');
  vsoPair = await createClassWithPair('VSO');

  // SO class: lesson 1 held in week 46 and evaluated, lesson 2 held in week 47 (evaluation a draft), lesson 3 not held yet.
  const so1 = await lesson(soPair.schoolClass.id, 1, '2026-11-10', 'submitted');
  const so2 = await lesson(soPair.schoolClass.id, 2, '2026-11-17', 'draft');
  await lesson(soPair.schoolClass.id, 3, null);
  await captures(so1.id, soPair, 'STRESS', 3, 2);
  await captures(so1.id, soPair, 'STRESS', null, 1);
  await captures(so1.id, soPair, 'OBSERVATION', 3, 1);
  await captures(so2.id, soPair, 'STRESS', 6, 1);
  await homework(soPair, 1, ['RETURNED', 'RETURNED', 'NOT_RETURNED']);
  await homework(soPair, 2, ['HANDED_OUT', 'HANDED_OUT', 'HANDED_OUT']);

  // VSO class in another school: lesson 1 held in week 48 and evaluated.
  const vso1 = await lesson(vsoPair.schoolClass.id, 1, '2026-11-26', 'submitted');
  await captures(vso1.id, vsoPair, 'STRESS', 3, 1);
  await homework(vsoPair, 1, ['RETURNED']);

  // A class of the SO school from last school year: lesson 1 held in week 46 too.
  const lastYear = await db.schoolClass.update({ where: { id: (await createClass(soPair.school.id)).id }, data: { schoolYear: '2025-2026' } });
  await lesson(lastYear.id, 1, '2026-11-12');
});

const coordinator = async (schoolIds?: string[]) => currentUserOf((await createUser('COORDINATOR', schoolIds ? { coordinatorSchoolIds: schoolIds } : {})).id);

describe('coordinator charts', () => {
  it('counts lessons held per week, evaluations per lesson, stress per lesson and activity and homework per lesson', async () => {
    const data = await getChartData(await coordinator(), {});
    expect(data?.classCount).toBe(3);
    expect(data?.heldPerWeek).toEqual([
      { weekStart: '2026-11-09', year: 2026, week: 46, count: 2 },
      { weekStart: '2026-11-16', year: 2026, week: 47, count: 1 },
      { weekStart: '2026-11-23', year: 2026, week: 48, count: 1 },
    ]);
    expect(data?.evaluations.map((e) => e.lessonNumber)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(data?.evaluations.slice(0, 3)).toEqual([
      { lessonNumber: 1, held: 3, submitted: 2 },
      { lessonNumber: 2, held: 1, submitted: 0 },
      { lessonNumber: 3, held: 0, submitted: 0 },
    ]);
    const lesson1 = data?.stress.lessons.find((l) => l.number === 1);
    expect(lesson1?.activities.find((a) => a.number === 3)?.count).toBe(3);
    expect(lesson1).toMatchObject({ total: 4, unknown: 1 });
    expect(data?.stress.lessons.find((l) => l.number === 2)?.activities.find((a) => a.number === 6)?.count).toBe(1);
    expect(data?.stress.total).toBe(5);
    expect(data?.homework).toEqual([
      { lessonNumber: 1, RETURNED: 3, NOT_RETURNED: 1, HANDED_OUT: 0, total: 4 },
      { lessonNumber: 2, RETURNED: 0, NOT_RETURNED: 0, HANDED_OUT: 3, total: 3 },
      { lessonNumber: 5, RETURNED: 0, NOT_RETURNED: 0, HANDED_OUT: 0, total: 0 },
      { lessonNumber: 6, RETURNED: 0, NOT_RETURNED: 0, HANDED_OUT: 0, total: 0 },
      { lessonNumber: 7, RETURNED: 0, NOT_RETURNED: 0, HANDED_OUT: 0, total: 0 },
    ]);
  });

  it("does not count another school's lessons for a coordinator limited to one school", async () => {
    const data = await getChartData(await coordinator([soPair.school.id]), {});
    expect(data?.classCount).toBe(2);
    expect(data?.schools.map((s) => s.id)).toEqual([soPair.school.id]);
    expect(data?.heldPerWeek.map((w) => [w.week, w.count])).toEqual([
      [46, 2],
      [47, 1],
    ]);
    expect(data?.evaluations[0]).toEqual({ lessonNumber: 1, held: 2, submitted: 1 });
    expect(data?.stress.total).toBe(4);
    expect(data?.homework[0]).toMatchObject({ RETURNED: 2, NOT_RETURNED: 1 });
  });

  it("ignores a school filter for a school outside the coordinator's scope", async () => {
    const data = await getChartData(await coordinator([soPair.school.id]), { school: vsoPair.school.id });
    expect(data?.classCount).toBe(0);
    expect(data?.heldPerWeek).toEqual([]);
    expect(data?.stress.total).toBe(0);
    expect(data?.evaluations.every((e) => e.held === 0 && e.submitted === 0)).toBe(true);
  });

  it('filters by school type, school and school year', async () => {
    const all = await coordinator();
    const vso = await getChartData(all, { kind: 'VSO' });
    expect(vso?.classCount).toBe(1);
    expect(vso?.heldPerWeek.map((w) => [w.week, w.count])).toEqual([[48, 1]]);
    expect(vso?.homework[0]).toMatchObject({ RETURNED: 1, total: 1 });

    const school = await getChartData(all, { school: soPair.school.id, year: '2026-2027' });
    expect(school?.classCount).toBe(1);
    expect(school?.evaluations[0]).toEqual({ lessonNumber: 1, held: 1, submitted: 1 });

    const lastYear = await getChartData(all, { year: '2025-2026' });
    expect(lastYear?.classCount).toBe(1);
    expect(lastYear?.heldPerWeek).toEqual([{ weekStart: '2026-11-09', year: 2026, week: 46, count: 1 }]);
    expect(lastYear?.stress.total).toBe(0);
  });

  it('is not available to the pair or the admin', async () => {
    expect(await getChartData(await currentUserOf(soPair.teacher.id), {})).toBeNull();
    expect(await getChartData(await currentUserOf((await createUser('ADMIN')).id), {})).toBeNull();
  });
});
