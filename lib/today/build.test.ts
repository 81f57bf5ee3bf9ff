import { describe, expect, it } from 'vitest';
import { buildToday, isStepFor, type TodayAssignment, type TodayPlan } from './build';

// March 2025: Monday 10, Friday 14, Saturday 15, Monday 17. Lessons at 09:00 Amsterdam (08:00 UTC).
const at = (iso: string) => new Date(`${iso}T08:00:00Z`);
const noon = (iso: string) => new Date(`${iso}T11:00:00Z`);

const plans: TodayPlan[] = [
  { lessonNumber: 1, scheduledAt: at('2025-03-03') },
  { lessonNumber: 2, scheduledAt: at('2025-03-10') },
  { lessonNumber: 3, scheduledAt: at('2025-03-17') },
];

function assignment(id: string, alias: string, lessonNumber: number, status: TodayAssignment['status'], doneStepKeys: string[] = []): TodayAssignment {
  return { id, pupil: { id: `p-${alias}`, alias }, mentor: { who: 'oma', contact: '06-12345678' }, lessonNumber, status, doneStepKeys };
}

const daan = assignment('a-daan', 'Daan', 2, 'NOT_RETURNED');
const noor = assignment('a-noor', 'Noor', 2, 'RETURNED');
const keys = (overview: ReturnType<typeof buildToday>) => overview.steps.map((s) => [s.pupil.alias, s.stepKey, s.date, s.overdue]);

describe('buildToday', () => {
  it("on the next lesson's day: the overdue sheet, yesterday's missed call and today's steps, with whose they are", () => {
    const overview = buildToday({ now: noon('2025-03-17'), plans, assignments: [daan, noor] });
    expect(overview.today).toBe('2025-03-17');
    // Due a day before Monday's lesson: Sunday, moved back to Friday.
    expect(overview.homework).toEqual([
      { assignmentId: 'a-daan', pupil: daan.pupil, mentor: daan.mentor, lessonNumber: 2, dueDate: '2025-03-14', overdue: true },
    ]);
    expect(keys(overview)).toEqual([
      ['Daan', 'contact-mentor', '2025-03-14', true],
      ['Daan', 'agree-with-pupil', '2025-03-17', false],
      ['Daan', 'contact-mentor-again', '2025-03-17', false],
      ['Daan', 'agree-pupil-follow-up', '2025-03-17', false],
    ]);
    expect(overview.steps.map((s) => s.who)).toEqual(['CARE_WORKER', 'PAIR', 'CARE_WORKER', 'PAIR']);
    expect(overview.undated).toEqual([]);
  });

  it('leaves out the steps already recorded, and everything once the sheet is back', () => {
    const recorded = { ...daan, doneStepKeys: ['contact-mentor', 'contact-mentor-again'] };
    expect(keys(buildToday({ now: noon('2025-03-17'), plans, assignments: [recorded] }))).toEqual([
      ['Daan', 'agree-with-pupil', '2025-03-17', false],
      ['Daan', 'agree-pupil-follow-up', '2025-03-17', false],
    ]);
    const back = buildToday({ now: noon('2025-03-17'), plans, assignments: [{ ...daan, status: 'RETURNED' }] });
    expect(back.homework).toEqual([]);
    expect(back.steps).toEqual([]);
  });

  it('counts a handed-out sheet that is not back yet like one registered as not returned', () => {
    const overview = buildToday({ now: noon('2025-03-14'), plans, assignments: [{ ...daan, status: 'HANDED_OUT' }] });
    expect(overview.homework.map((h) => [h.dueDate, h.overdue])).toEqual([['2025-03-14', false]]);
    expect(keys(overview)).toEqual([['Daan', 'contact-mentor', '2025-03-14', false]]);
  });

  it("on a Saturday: Friday's due date and step are overdue, Monday's lesson-day steps are not due yet", () => {
    const overview = buildToday({ now: noon('2025-03-15'), plans, assignments: [daan] });
    expect(overview.homework.map((h) => [h.dueDate, h.overdue])).toEqual([['2025-03-14', true]]);
    expect(keys(overview)).toEqual([['Daan', 'contact-mentor', '2025-03-14', true]]);
  });

  it('before the due date: nothing to do yet', () => {
    const overview = buildToday({ now: noon('2025-03-12'), plans, assignments: [daan] });
    expect(overview.homework).toEqual([]);
    expect(overview.steps).toEqual([]);
  });

  it('with the next lesson not scheduled yet: no due date, no steps, and the overview says why', () => {
    const withoutLesson3 = plans.filter((p) => p.lessonNumber !== 3);
    const unscheduled = [...withoutLesson3, { lessonNumber: 3, scheduledAt: null }];
    for (const variant of [withoutLesson3, unscheduled]) {
      const overview = buildToday({ now: noon('2025-03-17'), plans: variant, assignments: [daan, assignment('a-sem', 'Sem', 2, 'HANDED_OUT'), noor] });
      expect(overview.homework).toEqual([]);
      expect(overview.steps).toEqual([]);
      expect(overview.undated).toEqual([{ lessonNumber: 2, reason: 'nextLessonNotScheduled', openCount: 2 }]);
    }
  });

  it('lesson 5 counts from its own date: without one, the reason is that the lesson is not planned', () => {
    const overview = buildToday({ now: noon('2025-03-17'), plans, assignments: [assignment('a-5', 'Sem', 5, 'HANDED_OUT')] });
    expect(overview.undated).toEqual([{ lessonNumber: 5, reason: 'lessonNotScheduled', openCount: 1 }]);
  });

  it("takes today's date in Amsterdam, not in UTC", () => {
    // 00:30 on Monday in Amsterdam is still Sunday in UTC.
    expect(buildToday({ now: new Date('2025-03-16T23:30:00Z'), plans, assignments: [] }).today).toBe('2025-03-17');
  });

  it('lists the lessons from today up to six days ahead, in time order', () => {
    const week = [
      { lessonNumber: 3, scheduledAt: at('2025-03-17') },
      { lessonNumber: 5, scheduledAt: at('2025-03-24') },
      { lessonNumber: 4, scheduledAt: at('2025-03-21') },
      { lessonNumber: 2, scheduledAt: at('2025-03-10') },
      { lessonNumber: 6, scheduledAt: null },
      // 00:30 on Monday 24 March in Amsterdam: a week on, so outside the window.
      { lessonNumber: 7, scheduledAt: new Date('2025-03-23T23:30:00Z') },
    ];
    const overview = buildToday({ now: noon('2025-03-17'), plans: week, assignments: [] });
    expect(overview.weekEnd).toBe('2025-03-23');
    expect(overview.lessons.map((l) => [l.lessonNumber, l.day])).toEqual([
      [3, '2025-03-17'],
      [4, '2025-03-21'],
    ]);
  });

  it('sorts the most overdue first across pupils and lessons', () => {
    const lesson1 = assignment('a-lieke', 'Lieke', 1, 'NOT_RETURNED', ['contact-mentor', 'agree-with-pupil', 'contact-mentor-again', 'agree-pupil-follow-up']);
    const overview = buildToday({ now: noon('2025-03-17'), plans, assignments: [daan, lesson1] });
    expect(overview.homework.map((h) => [h.pupil.alias, h.dueDate])).toEqual([
      ['Lieke', '2025-03-07'],
      ['Daan', '2025-03-14'],
    ]);
  });
});

describe('isStepFor', () => {
  it("gives the care worker their own and the pair's steps, the teacher theirs and the pair's", () => {
    expect(isStepFor('CARE_WORKER', 'CARE_WORKER')).toBe(true);
    expect(isStepFor('PAIR', 'CARE_WORKER')).toBe(true);
    expect(isStepFor('TEACHER', 'CARE_WORKER')).toBe(false);
    expect(isStepFor('PAIR', 'TEACHER')).toBe(true);
    expect(isStepFor('CARE_WORKER', 'TEACHER')).toBe(false);
    expect(isStepFor('PAIR', 'COORDINATOR')).toBe(false);
  });
});
