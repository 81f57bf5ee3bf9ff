/**
 * The demo network of Groep Zon (prisma/seed/demo-network.ts), seeded after the demo plans as
 * prisma/seed/demo.ts does: the story a new user sees on "Vandaag", and idempotence.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { setBuddy } from '@/lib/pupils/actions';
import { todayView } from '@/lib/today/queries';
import { seedDemo } from '../../prisma/seed/demo';
import { seedDemoNetwork } from '../../prisma/seed/demo-network';
import { seedProgramme } from '../../prisma/seed/programme';
import { actAs } from '../support/fake-session';
import { currentUserOf } from '../support/factories';
import { pupilDataCounts } from '../support/pupil-data';

let classId: string;

beforeAll(async () => {
  await seedProgramme(db);
  await seedDemo(db);
  await seedDemoNetwork(db);
  classId = (await db.schoolClass.findFirstOrThrow({ where: { name: 'Groep Zon' } })).id;
});

const pupilsByAlias = async () => new Map((await db.pupil.findMany({ where: { classId }, include: { mentor: true, talents: true, learningGoal: true, homework: { include: { followUps: true } } } })).map((p) => [p.alias, p]));

describe('demo network', () => {
  it('gives Groep Zon three mutual buddy pairs, a mentor, talents and a mind map for each pupil', async () => {
    const pupils = await pupilsByAlias();
    expect([...pupils.keys()].sort()).toEqual(['Daan', 'Fenna', 'Lieke', 'Milan', 'Noor', 'Sem']);
    for (const [a, b] of [['Sem', 'Milan'], ['Noor', 'Fenna'], ['Daan', 'Lieke']] as const) {
      expect(pupils.get(a)?.buddyId).toBe(pupils.get(b)?.id);
      expect(pupils.get(b)?.buddyId).toBe(pupils.get(a)?.id);
    }
    expect([...pupils.values()].map((p) => p.mentor?.who).sort()).toEqual(['moeder', 'oma', 'opa', 'pleegmoeder', 'tante', 'vader']);
    for (const pupil of pupils.values()) {
      expect(pupil.talents?.talents, pupil.alias).toHaveLength(3);
      expect(pupil.learningGoal?.goal, pupil.alias).toBeTruthy();
      expect(pupil.learningGoal?.planWhat, pupil.alias).toBeNull();
    }
  });

  it("has lessons 1 and 2's homework, all back except Daan's lesson 2 sheet, and nothing for lesson 3", async () => {
    const pupils = await pupilsByAlias();
    const status = (lesson: number) => Object.fromEntries([...pupils].map(([alias, p]) => [alias, p.homework.find((h) => h.lessonNumber === lesson)?.status]));
    expect(status(1)).toEqual({ Sem: 'RETURNED', Noor: 'RETURNED', Daan: 'RETURNED', Lieke: 'RETURNED', Milan: 'RETURNED', Fenna: 'RETURNED' });
    expect(status(2)).toEqual({ Sem: 'RETURNED', Noor: 'RETURNED', Daan: 'NOT_RETURNED', Lieke: 'RETURNED', Milan: 'RETURNED', Fenna: 'RETURNED' });
    expect(await db.homeworkAssignment.count({ where: { lessonNumber: 3 } })).toBe(0);
    const today = new Date();
    for (const pupil of pupils.values()) for (const h of pupil.homework) if (h.returnedOn) expect(h.returnedOn.getTime()).toBeLessThanOrEqual(today.getTime());
  });

  it("shows the care worker Daan's overdue sheet on Vandaag, with the follow-up steps due today", async () => {
    const careWorker = await db.user.findUniqueOrThrow({ where: { email: 'hulpverlener.vlinderboom@example.org' } });
    const overview = await todayView(await currentUserOf(careWorker.id), classId);
    expect(overview?.homework.map((h) => [h.pupil.alias, h.lessonNumber, h.overdue])).toEqual([['Daan', 2, true]]);
    // The care worker called the day before (recorded); today the lesson-day steps are due.
    expect(overview?.steps.map((s) => [s.pupil.alias, s.stepKey, s.who])).toEqual([
      ['Daan', 'agree-with-pupil', 'PAIR'],
      ['Daan', 'contact-mentor-again', 'CARE_WORKER'],
      ['Daan', 'agree-pupil-follow-up', 'PAIR'],
    ]);
    expect(overview?.steps.every((s) => s.date <= overview.today)).toBe(true);
    expect(overview?.lessons.map((l) => l.lessonNumber)).toContain(3);
  });

  it('has two problem-box entries, one anonymous', async () => {
    const entries = await db.problemBoxEntry.findMany({ where: { classId } });
    expect(entries).toHaveLength(2);
    expect(entries.filter((e) => e.pupilId === null)).toHaveLength(1);
  });

  it('adds nothing and overwrites nothing on a second run', async () => {
    const pupils = await pupilsByAlias();
    const teacher = await db.user.findUniqueOrThrow({ where: { email: 'leerkracht.vlinderboom@example.org' } });
    actAs(teacher);
    // A user's change: Sem and Noor are buddies now, Milan and Fenna are without one.
    expect((await setBuddy(classId, { pupilId: pupils.get('Sem')!.id, buddyId: pupils.get('Noor')!.id })).ok).toBe(true);
    const before = await pupilDataCounts();
    await seedDemo(db);
    await seedDemoNetwork(db);
    expect(await pupilDataCounts()).toEqual(before);
    const after = await pupilsByAlias();
    expect(after.get('Sem')?.buddyId).toBe(pupils.get('Noor')!.id);
    expect(after.get('Milan')?.buddyId).toBeNull();
  });
});
