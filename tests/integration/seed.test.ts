import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { programme } from '@/lib/programme';
import { seedDemo } from '../../prisma/seed/demo';
import { seedProgramme } from '../../prisma/seed/programme';

async function counts() {
  return {
    versions: await db.programmeVersion.count(),
    lessons: await db.programmeLesson.count(),
    activities: await db.programmeActivity.count(),
    questions: await db.evaluationQuestion.count(),
    schools: await db.school.count(),
    classes: await db.schoolClass.count(),
    users: await db.user.count(),
    pupils: await db.pupil.count(),
    memberships: await db.classTeamMember.count(),
    plans: await db.lessonPlan.count(),
    readyPlans: await db.lessonPlan.count({ where: { status: 'READY' } }),
    signOffs: await db.planSignOff.count(),
  };
}

describe('seed', () => {
  it('stores the programme and demo data once, however often it runs', async () => {
    await seedProgramme(db);
    await seedDemo(db);
    const first = await counts();
    expect(first).toEqual({
      versions: 1,
      lessons: 8,
      activities: 48,
      questions: 5,
      schools: 3,
      classes: 3,
      users: 8,
      pupils: 18,
      memberships: 6,
      plans: 7,
      // Groep Zon's lessons 1–3 and Klas 2B's lessons 1–2 were prepared, held and evaluated.
      readyPlans: 0,
      signOffs: 10,
    });
    expect(await db.sharedField.count()).toBeGreaterThan(50);
    await seedProgramme(db);
    await seedDemo(db);
    expect(await counts()).toEqual(first);
  });

  it('keeps lesson 1 as the source has it, in order', async () => {
    const lesson = await db.programmeLesson.findFirstOrThrow({
      where: { number: 1, programmeVersion: { version: programme.version } },
      include: { activities: { orderBy: { number: 'asc' } } },
    });
    expect(lesson.activities.map((a) => a.title)).toEqual(programme.lessons[0]?.activities.map((a) => a.title));
  });
});
