/**
 * Mentor homework through the real actions and queries: handing out makes one assignment per active
 * pupil, the due date follows the class's lesson plans, recording a follow-up step takes it off
 * today's list, and all of it is audited.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { handOutHomework, recordFollowUp, setHomeworkStatus, undoFollowUp } from '@/lib/homework/actions';
import { homeworkLessonView, homeworkOverview } from '@/lib/homework/queries';
import { addPupil, markPupilLeft } from '@/lib/pupils/actions';
import { todayView } from '@/lib/today/queries';
import { seedProgramme } from '../../prisma/seed/programme';
import { actAs } from '../support/fake-session';
import { createClassWithPair, currentUserOf } from '../support/factories';
import { auditSince, lastAuditId, pupilDataSnapshot, scheduleLesson } from '../support/pupil-data';

type Pair = Awaited<ReturnType<typeof createClassWithPair>>;

// March 2025: lesson 2 on Monday the 10th, lesson 3 on Monday the 17th, both at 09:00 in Amsterdam.
const lesson2At = new Date('2025-03-10T08:00:00Z');
const lesson3At = new Date('2025-03-17T08:00:00Z');
const mondayNoon = new Date('2025-03-17T11:00:00Z');

beforeAll(async () => {
  await seedProgramme(db);
});

async function classWithLessons(aliases = ['Sem', 'Noor', 'Daan']): Promise<Pair> {
  const pair = await createClassWithPair('SO', aliases);
  await scheduleLesson(pair.schoolClass.id, 2, lesson2At);
  await scheduleLesson(pair.schoolClass.id, 3, lesson3At);
  actAs(pair.careWorker);
  return pair;
}

const assignmentOf = (pupilId: string, lessonNumber: number) => db.homeworkAssignment.findUniqueOrThrow({ where: { pupilId_lessonNumber: { pupilId, lessonNumber } } });

describe('handing out', () => {
  let pair: Pair;
  beforeEach(async () => {
    pair = await classWithLessons();
  });

  it('makes one assignment per active pupil, once, and later only for pupils who joined since', async () => {
    expect(await handOutHomework(pair.schoolClass.id, { lessonNumber: 2 })).toEqual({ ok: true, data: { created: 3 } });
    expect(await handOutHomework(pair.schoolClass.id, { lessonNumber: 2 })).toEqual({ ok: true, data: { created: 0 } });
    await addPupil(pair.schoolClass.id, { alias: 'Fenna' });
    await markPupilLeft(pair.schoolClass.id, { pupilId: pair.pupils[2]!.id });
    const overview = await homeworkOverview(await currentUserOf(pair.careWorker.id), pair.schoolClass.id);
    expect(overview?.lessons.find((l) => l.lessonNumber === 2)).toMatchObject({ handedOut: true, pupilsWithout: 1, counts: { HANDED_OUT: 2 } });
    expect(await handOutHomework(pair.schoolClass.id, { lessonNumber: 2 })).toEqual({ ok: true, data: { created: 1 } });
    expect(await db.homeworkAssignment.count({ where: { lessonNumber: 2, pupil: { classId: pair.schoolClass.id } } })).toBe(4);
  });

  it('refuses a lesson without mentor homework', async () => {
    const before = await pupilDataSnapshot();
    expect(await handOutHomework(pair.schoolClass.id, { lessonNumber: 3 })).toMatchObject({ ok: false, fieldErrors: { lessonNumber: ['homework.errors.lesson'] } });
    expect(await pupilDataSnapshot()).toBe(before);
  });
});

describe('due dates from the lesson plans', () => {
  it("is a day before the next lesson, moved off the weekend; without the next lesson's plan or date, there is none, with the reason", async () => {
    const pair = await classWithLessons();
    await handOutHomework(pair.schoolClass.id, { lessonNumber: 2 });
    const user = await currentUserOf(pair.careWorker.id);
    // Lesson 3 on Monday: Sunday moves back to Friday.
    expect(await homeworkLessonView(user, pair.schoolClass.id, 2)).toMatchObject({ lessonDate: '2025-03-10', nextLessonDate: '2025-03-17', dueDate: '2025-03-14', undatedReason: null });

    await db.lessonPlan.update({ where: { classId_lessonNumber: { classId: pair.schoolClass.id, lessonNumber: 3 } }, data: { scheduledAt: null } });
    expect(await homeworkLessonView(user, pair.schoolClass.id, 2)).toMatchObject({ dueDate: null, undatedReason: 'nextLessonNotScheduled' });
    const overview = await todayView(user, pair.schoolClass.id, mondayNoon);
    expect(overview).toMatchObject({ homework: [], steps: [], undated: [{ lessonNumber: 2, reason: 'nextLessonNotScheduled', openCount: 3 }] });

    await db.lessonPlan.delete({ where: { classId_lessonNumber: { classId: pair.schoolClass.id, lessonNumber: 3 } } });
    expect(await homeworkLessonView(user, pair.schoolClass.id, 2)).toMatchObject({ dueDate: null, undatedReason: 'nextLessonNotScheduled' });
  });
});

describe('follow-up', () => {
  let pair: Pair;
  let daan: string;
  beforeEach(async () => {
    pair = await classWithLessons();
    await handOutHomework(pair.schoolClass.id, { lessonNumber: 2 });
    daan = (await assignmentOf(pair.pupils[2]!.id, 2)).id;
    for (const pupil of pair.pupils.slice(0, 2)) {
      const { id } = await assignmentOf(pupil.id, 2);
      await setHomeworkStatus(pair.schoolClass.id, { assignmentId: id, status: 'RETURNED', returnedOn: '2025-03-12' });
    }
    await setHomeworkStatus(pair.schoolClass.id, { assignmentId: daan, status: 'NOT_RETURNED', returnedOn: '' });
  });

  it("shows the overdue sheet and the steps due on the lesson's day; a recorded step leaves today's list", async () => {
    const user = await currentUserOf(pair.careWorker.id);
    const before = await todayView(user, pair.schoolClass.id, mondayNoon);
    expect(before?.homework.map((h) => [h.pupil.alias, h.dueDate, h.overdue])).toEqual([['Daan', '2025-03-14', true]]);
    expect(before?.steps.map((s) => [s.stepKey, s.who, s.overdue])).toEqual([
      ['contact-mentor', 'CARE_WORKER', true],
      ['agree-with-pupil', 'PAIR', false],
      ['contact-mentor-again', 'CARE_WORKER', false],
      ['agree-pupil-follow-up', 'PAIR', false],
    ]);

    expect(await recordFollowUp(pair.schoolClass.id, { assignmentId: daan, stepKey: 'contact-mentor-again', doneOn: '2025-03-17', note: 'Vader gebeld; blad komt morgen.' })).toEqual({ ok: true, data: undefined });
    const record = await db.followUpRecord.findFirstOrThrow({ where: { assignmentId: daan } });
    expect(record).toMatchObject({ stepKey: 'contact-mentor-again', doneById: pair.careWorker.id, note: 'Vader gebeld; blad komt morgen.' });
    expect(record.doneOn.toISOString()).toBe('2025-03-17T00:00:00.000Z');

    const after = await todayView(user, pair.schoolClass.id, mondayNoon);
    expect(after?.steps.map((s) => s.stepKey)).toEqual(['contact-mentor', 'agree-with-pupil', 'agree-pupil-follow-up']);
    const ladder = (await homeworkLessonView(user, pair.schoolClass.id, 2))?.assignments.find((a) => a.id === daan)?.steps;
    expect(ladder?.find((s) => s.key === 'contact-mentor-again')?.done).toEqual({ doneOn: '2025-03-17', doneBy: pair.careWorker.name, note: 'Vader gebeld; blad komt morgen.' });

    // Taken back, it is due again.
    expect((await undoFollowUp(pair.schoolClass.id, { assignmentId: daan, stepKey: 'contact-mentor-again' })).ok).toBe(true);
    expect((await todayView(user, pair.schoolClass.id, mondayNoon))?.steps).toHaveLength(4);
  });

  it('records a step once, however often it is sent', async () => {
    const input = { assignmentId: daan, stepKey: 'agree-with-pupil', doneOn: '2025-03-17', note: '' };
    const results = await Promise.all([recordFollowUp(pair.schoolClass.id, input), recordFollowUp(pair.schoolClass.id, input)]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.followUpRecord.count({ where: { assignmentId: daan } })).toBe(1);
  });

  it('refuses a step that is not on the ladder, and an assignment of another class, writing nothing', async () => {
    const other = await classWithLessons(['Jesse']);
    await handOutHomework(other.schoolClass.id, { lessonNumber: 2 });
    const foreign = (await assignmentOf(other.pupils[0]!.id, 2)).id;
    actAs(pair.careWorker);
    const before = await pupilDataSnapshot();
    expect(await recordFollowUp(pair.schoolClass.id, { assignmentId: daan, stepKey: 'call-mentor-new-date', doneOn: '2025-03-17', note: '' })).toMatchObject({ ok: false, fieldErrors: { stepKey: ['homework.errors.step'] } });
    const refusedForeign = await recordFollowUp(pair.schoolClass.id, { assignmentId: foreign, stepKey: 'contact-mentor', doneOn: '2025-03-17', note: '' });
    const refusedMissing = await recordFollowUp(pair.schoolClass.id, { assignmentId: 'nosuchassignment', stepKey: 'contact-mentor', doneOn: '2025-03-17', note: '' });
    expect(refusedForeign).toEqual(refusedMissing);
    expect(refusedForeign).toMatchObject({ ok: false, fieldErrors: { assignmentId: ['homework.errors.assignmentNotFound'] } });
    expect(await setHomeworkStatus(pair.schoolClass.id, { assignmentId: foreign, status: 'RETURNED', returnedOn: '2025-03-17' })).toEqual(refusedMissing);
    expect(await recordFollowUp(pair.schoolClass.id, { assignmentId: daan, stepKey: 'contact-mentor', doneOn: '2999-01-01', note: '' })).toMatchObject({ ok: false, fieldErrors: { doneOn: ['pupils.errors.dateInFuture'] } });
    expect(await pupilDataSnapshot()).toBe(before);
  });

  it('takes the sheet and its steps off the list once it is back', async () => {
    await setHomeworkStatus(pair.schoolClass.id, { assignmentId: daan, status: 'RETURNED', returnedOn: '2025-03-17' });
    expect((await assignmentOf(pair.pupils[2]!.id, 2)).returnedOn?.toISOString()).toBe('2025-03-17T00:00:00.000Z');
    expect(await todayView(await currentUserOf(pair.teacher.id), pair.schoolClass.id, mondayNoon)).toMatchObject({ homework: [], steps: [] });
  });

  it('audits each page view once and each change', async () => {
    const start = await lastAuditId();
    const user = await currentUserOf(pair.careWorker.id);
    await todayView(user, pair.schoolClass.id, mondayNoon);
    await homeworkOverview(user, pair.schoolClass.id);
    await homeworkLessonView(user, pair.schoolClass.id, 2);
    await recordFollowUp(pair.schoolClass.id, { assignmentId: daan, stepKey: 'contact-mentor', doneOn: '2025-03-14', note: 'Gebeld' });
    await setHomeworkStatus(pair.schoolClass.id, { assignmentId: daan, status: 'RETURNED', returnedOn: '2025-03-17' });
    const entries = await auditSince(start);
    expect(entries.map((e) => [e.action, (e.detail as { view?: string } | null)?.view ?? null])).toEqual([
      ['pupil.read', 'today'],
      ['pupil.read', 'homework'],
      ['pupil.read', 'homework.lesson2'],
      ['homework.followup', null],
      ['homework.status', null],
    ]);
    expect(entries.every((e) => e.userId === pair.careWorker.id && e.classId === pair.schoolClass.id)).toBe(true);
    expect(entries[3]).toMatchObject({ entity: 'FollowUpRecord', detail: { assignmentId: daan, lessonNumber: 2, stepKey: 'contact-mentor' } });
  });
});
