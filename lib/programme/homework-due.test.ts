import { describe, expect, it } from 'vitest';

import {
  calendarDate,
  calendarDateInAmsterdam,
  followUpSchedule,
  homeworkDueDate,
  resolveFollowUp,
  resolveFollowUpIn,
  toIsoDate,
} from './homework-due';
import { programme } from './index';
import type { HomeworkRule, Lesson } from './schema';

// March 2025: Monday 3, 10, 17, 24, 31. Summer time starts on Sunday 30 March.
const day = calendarDate;

function rule(lessonNumber: number): HomeworkRule {
  const homework = programme.lessons.find((lesson) => lesson.number === lessonNumber)?.homework;
  if (!homework) throw new Error(`lesson ${lessonNumber} has no homework`);
  return homework;
}

function due(lessonNumber: number, lessonDate: string | null, nextLessonDate: string | null): string | null {
  const date = homeworkDueDate(
    rule(lessonNumber),
    lessonDate ? day(lessonDate) : null,
    nextLessonDate ? day(nextLessonDate) : null,
  );
  return date ? toIsoDate(date) : null;
}

function schedule(
  lessonNumber: number,
  lessonDate: string | null,
  nextLessonDate: string | null,
): Array<[string, string | null]> {
  return followUpSchedule(
    rule(lessonNumber),
    lessonDate ? day(lessonDate) : null,
    nextLessonDate ? day(nextLessonDate) : null,
  ).map((step) => [step.key, step.date ? toIsoDate(step.date) : null]);
}

describe('calendar dates', () => {
  it('parses and prints YYYY-MM-DD as UTC midnight', () => {
    expect(day('2025-03-10').toISOString()).toBe('2025-03-10T00:00:00.000Z');
    expect(day('2025-03-10').getUTCDay()).toBe(1);
    expect(toIsoDate(day('2024-02-29'))).toBe('2024-02-29');
  });

  it('refuses what is not a date', () => {
    expect(() => day('2025-02-30')).toThrow(RangeError);
    expect(() => day('2025-3-1')).toThrow(RangeError);
    expect(() => day('10-03-2025')).toThrow(RangeError);
  });

  it("gives the day it is in Amsterdam, across both of its UTC offsets", () => {
    expect(toIsoDate(calendarDateInAmsterdam(new Date('2025-03-09T23:30:00Z')))).toBe('2025-03-10');
    expect(toIsoDate(calendarDateInAmsterdam(new Date('2025-03-10T22:59:59Z')))).toBe('2025-03-10');
    expect(toIsoDate(calendarDateInAmsterdam(new Date('2025-03-10T23:00:00Z')))).toBe('2025-03-11');
    expect(toIsoDate(calendarDateInAmsterdam(new Date('2025-06-30T21:59:00Z')))).toBe('2025-06-30');
    expect(toIsoDate(calendarDateInAmsterdam(new Date('2025-06-30T22:00:00Z')))).toBe('2025-07-01');
  });

  it('refuses a Date that is not a calendar date instead of guessing its day', () => {
    expect(() => homeworkDueDate(rule(1), null, new Date('2025-03-11T09:00:00Z'))).toThrow(RangeError);
    expect(() => homeworkDueDate(rule(5), new Date('2025-03-10T23:00:00Z'), null)).toThrow(RangeError);
    expect(() => homeworkDueDate(rule(1), null, new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('the rules as read from the source', () => {
  it('uses one day before the next lesson for lessons 1 and 2, two for 6 and 7, three days after lesson 5', () => {
    expect([1, 2, 5, 6, 7].map((n) => rule(n).due)).toEqual([
      { kind: 'DAYS_BEFORE_NEXT_LESSON', days: 1 },
      { kind: 'DAYS_BEFORE_NEXT_LESSON', days: 1 },
      { kind: 'DAYS_AFTER_LESSON', days: 3 },
      { kind: 'DAYS_BEFORE_NEXT_LESSON', days: 2 },
      { kind: 'DAYS_BEFORE_NEXT_LESSON', days: 2 },
    ]);
    expect([1, 2, 5, 6, 7].map((n) => rule(n).followUpAsLesson ?? null)).toEqual([null, null, 1, 1, 1]);
  });

  it("has lesson 1's ladder: the care worker on the due date, then the rest on the lesson's day", () => {
    expect(rule(1).followUp.map((step) => [step.key, step.anchor, step.dayOffsetFromDue, step.who])).toEqual([
      ['contact-mentor', 'DUE_DATE', 0, 'CARE_WORKER'],
      ['agree-with-pupil', 'NEXT_LESSON', 0, 'PAIR'],
      ['contact-mentor-again', 'NEXT_LESSON', 0, 'CARE_WORKER'],
      ['agree-pupil-follow-up', 'NEXT_LESSON', 0, 'PAIR'],
    ]);
  });
});

describe('homeworkDueDate', () => {
  it('lesson 1: a day before the next lesson', () => {
    expect(due(1, '2025-03-04', '2025-03-11')).toBe('2025-03-10');
    expect(due(1, null, '2025-03-13')).toBe('2025-03-12');
  });

  it('lesson 1: next lesson on Monday, so due on Sunday, moves back to Friday', () => {
    expect(due(1, '2025-03-10', '2025-03-17')).toBe('2025-03-14');
  });

  it('lesson 1: next lesson on Saturday, due on Friday as counted', () => {
    expect(due(1, '2025-03-10', '2025-03-15')).toBe('2025-03-14');
  });

  it('lesson 1: next lesson not scheduled yet, no due date', () => {
    expect(due(1, '2025-03-10', null)).toBeNull();
  });

  it('lesson 1: across the year and the start of summer time', () => {
    expect(due(1, '2025-12-18', '2026-01-01')).toBe('2025-12-31');
    expect(due(1, '2025-03-25', '2025-04-01')).toBe('2025-03-31');
  });

  it('lesson 2: a day before the next lesson', () => {
    expect(due(2, '2025-03-05', '2025-03-12')).toBe('2025-03-11');
    expect(due(2, '2025-03-10', '2025-03-17')).toBe('2025-03-14');
    expect(due(2, '2025-03-10', null)).toBeNull();
  });

  it('lesson 5: three days after the lesson, weekends back to Friday', () => {
    expect(due(5, '2025-03-10', '2025-03-24')).toBe('2025-03-13');
    expect(due(5, '2025-03-12', null)).toBe('2025-03-14');
    expect(due(5, '2025-03-13', null)).toBe('2025-03-14');
    expect(due(5, '2025-03-14', null)).toBe('2025-03-17');
    expect(due(5, null, '2025-03-24')).toBeNull();
  });

  it('lessons 6 and 7: two days before the next lesson, weekends back to Friday', () => {
    for (const lesson of [6, 7]) {
      expect(due(lesson, '2025-03-06', '2025-03-13')).toBe('2025-03-11');
      expect(due(lesson, '2025-03-10', '2025-03-17')).toBe('2025-03-14');
      expect(due(lesson, '2025-03-11', '2025-03-18')).toBe('2025-03-14');
      expect(due(lesson, '2025-03-12', '2025-03-19')).toBe('2025-03-17');
      expect(due(lesson, '2025-03-24', '2025-03-31')).toBe('2025-03-28');
      expect(due(lesson, '2025-03-10', null)).toBeNull();
    }
  });
});

describe('followUpSchedule', () => {
  it('lesson 1: mid-week next lesson', () => {
    expect(schedule(1, '2025-03-04', '2025-03-11')).toEqual([
      ['contact-mentor', '2025-03-10'],
      ['agree-with-pupil', '2025-03-11'],
      ['contact-mentor-again', '2025-03-11'],
      ['agree-pupil-follow-up', '2025-03-11'],
    ]);
  });

  it('lesson 1: next lesson on Monday, the care worker calls on Friday', () => {
    expect(schedule(1, '2025-03-10', '2025-03-17')).toEqual([
      ['contact-mentor', '2025-03-14'],
      ['agree-with-pupil', '2025-03-17'],
      ['contact-mentor-again', '2025-03-17'],
      ['agree-pupil-follow-up', '2025-03-17'],
    ]);
  });

  it("lesson 1: steps on the next lesson's day stay on it, even on a Saturday", () => {
    expect(schedule(1, '2025-03-10', '2025-03-15')).toEqual([
      ['contact-mentor', '2025-03-14'],
      ['agree-with-pupil', '2025-03-15'],
      ['contact-mentor-again', '2025-03-15'],
      ['agree-pupil-follow-up', '2025-03-15'],
    ]);
  });

  it('lesson 1: next lesson not scheduled yet, every step unknown', () => {
    expect(schedule(1, '2025-03-10', null)).toEqual([
      ['contact-mentor', null],
      ['agree-with-pupil', null],
      ['contact-mentor-again', null],
      ['agree-pupil-follow-up', null],
    ]);
  });

  it('lesson 2: the same ladder', () => {
    expect(schedule(2, '2025-03-05', '2025-03-12')).toEqual([
      ['contact-mentor', '2025-03-11'],
      ['agree-with-pupil', '2025-03-12'],
      ['contact-mentor-again', '2025-03-12'],
      ['agree-pupil-follow-up', '2025-03-12'],
    ]);
    expect(schedule(2, '2025-03-10', '2025-03-17')).toEqual([
      ['contact-mentor', '2025-03-14'],
      ['agree-with-pupil', '2025-03-17'],
      ['contact-mentor-again', '2025-03-17'],
      ['agree-pupil-follow-up', '2025-03-17'],
    ]);
  });

  it("lesson 5: reminder, the care worker's call on the deadline, then lesson 1's ladder", () => {
    expect(schedule(5, '2025-03-10', '2025-03-24')).toEqual([
      ['remind-mentor', '2025-03-12'],
      ['call-mentor-new-date', '2025-03-13'],
      ['contact-mentor', '2025-03-21'],
      ['agree-with-pupil', '2025-03-24'],
      ['contact-mentor-again', '2025-03-24'],
      ['agree-pupil-follow-up', '2025-03-24'],
    ]);
  });

  it('lesson 5: a deadline on Saturday moves to Friday, the reminder stays the day before it', () => {
    expect(schedule(5, '2025-03-12', '2025-03-26')).toEqual([
      ['remind-mentor', '2025-03-13'],
      ['call-mentor-new-date', '2025-03-14'],
      ['contact-mentor', '2025-03-25'],
      ['agree-with-pupil', '2025-03-26'],
      ['contact-mentor-again', '2025-03-26'],
      ['agree-pupil-follow-up', '2025-03-26'],
    ]);
  });

  it('lesson 5: a reminder falling on Sunday moves back to Friday', () => {
    expect(schedule(5, '2025-03-14', null)).toEqual([
      ['remind-mentor', '2025-03-14'],
      ['call-mentor-new-date', '2025-03-17'],
      ['contact-mentor', null],
      ['agree-with-pupil', null],
      ['contact-mentor-again', null],
      ['agree-pupil-follow-up', null],
    ]);
  });

  it('lesson 5: no lesson date yet, only the steps on the next lesson are known', () => {
    expect(schedule(5, null, '2025-03-24')).toEqual([
      ['remind-mentor', null],
      ['call-mentor-new-date', null],
      ['contact-mentor', '2025-03-21'],
      ['agree-with-pupil', '2025-03-24'],
      ['contact-mentor-again', '2025-03-24'],
      ['agree-pupil-follow-up', '2025-03-24'],
    ]);
  });

  it('lesson 6: next lesson on Monday, so the reminder and the call both fall on Friday', () => {
    expect(schedule(6, '2025-03-10', '2025-03-17')).toEqual([
      ['remind-mentor', '2025-03-14'],
      ['contact-mentor', '2025-03-14'],
      ['agree-with-pupil', '2025-03-17'],
      ['contact-mentor-again', '2025-03-17'],
      ['agree-pupil-follow-up', '2025-03-17'],
    ]);
  });

  it('lesson 6: next lesson on Thursday', () => {
    expect(schedule(6, '2025-03-06', '2025-03-13')).toEqual([
      ['remind-mentor', '2025-03-11'],
      ['contact-mentor', '2025-03-12'],
      ['agree-with-pupil', '2025-03-13'],
      ['contact-mentor-again', '2025-03-13'],
      ['agree-pupil-follow-up', '2025-03-13'],
    ]);
  });

  it('lesson 6: next lesson on Tuesday, the due Sunday moves to Friday, the call stays on Monday', () => {
    expect(schedule(6, '2025-03-11', '2025-03-18')).toEqual([
      ['remind-mentor', '2025-03-14'],
      ['contact-mentor', '2025-03-17'],
      ['agree-with-pupil', '2025-03-18'],
      ['contact-mentor-again', '2025-03-18'],
      ['agree-pupil-follow-up', '2025-03-18'],
    ]);
  });

  it('lesson 7: next lesson on Wednesday and on Monday', () => {
    expect(schedule(7, '2025-03-12', '2025-03-19')).toEqual([
      ['remind-mentor', '2025-03-17'],
      ['contact-mentor', '2025-03-18'],
      ['agree-with-pupil', '2025-03-19'],
      ['contact-mentor-again', '2025-03-19'],
      ['agree-pupil-follow-up', '2025-03-19'],
    ]);
    expect(schedule(7, '2025-03-10', '2025-03-17')).toEqual([
      ['remind-mentor', '2025-03-14'],
      ['contact-mentor', '2025-03-14'],
      ['agree-with-pupil', '2025-03-17'],
      ['contact-mentor-again', '2025-03-17'],
      ['agree-pupil-follow-up', '2025-03-17'],
    ]);
  });

  it('lesson 7: next lesson not scheduled yet', () => {
    expect(schedule(7, '2025-03-10', null).map(([, date]) => date)).toEqual([null, null, null, null, null]);
  });
});

describe('resolveFollowUp', () => {
  const lesson1Keys = ['contact-mentor', 'agree-with-pupil', 'contact-mentor-again', 'agree-pupil-follow-up'];

  it('gives no ladder for lessons without homework', () => {
    expect([3, 4, 8, 9].map(resolveFollowUp)).toEqual([null, null, null, null]);
  });

  it("gives lesson 1's own ladder", () => {
    expect(resolveFollowUp(1)).toEqual({ lessonNumber: 1, asLesson: null, steps: rule(1).followUp });
  });

  it("gives lessons 5, 6 and 7 their own steps and all of lesson 1's", () => {
    expect(resolveFollowUp(5)?.steps.map((step) => step.key)).toEqual([
      'remind-mentor',
      'call-mentor-new-date',
      ...lesson1Keys,
    ]);
    for (const lesson of [6, 7]) {
      expect(resolveFollowUp(lesson)?.asLesson).toBe(1);
      expect(resolveFollowUp(lesson)?.steps.map((step) => step.key)).toEqual(['remind-mentor', ...lesson1Keys]);
    }
    for (const lesson of [5, 6, 7]) {
      const onLessonDay = resolveFollowUp(lesson)?.steps.filter(
        (step) => step.anchor === 'NEXT_LESSON' && step.dayOffsetFromDue === 0,
      );
      expect(onLessonDay).toEqual(rule(1).followUp.slice(1));
    }
  });

  type Step = HomeworkRule['followUp'][number];

  /** The programme's lessons with one lesson's follow-up steps narrowed to `keep`. */
  function withSteps(lessonNumber: number, keep: (step: Step, index: number) => boolean): Lesson[] {
    return programme.lessons.map((lesson) => {
      if (lesson.number !== lessonNumber || !lesson.homework) return lesson;
      return { ...lesson, homework: { ...lesson.homework, followUp: lesson.homework.followUp.filter(keep) } };
    });
  }

  it("the ladders written out in lessons 5, 6 and 7 are what applying lesson 1's ladder gives", () => {
    const isCopiedFromLesson1 = (step: Step) =>
      rule(1).followUp.some((own) => own.key === step.key && own.action === step.action);
    for (const lessonNumber of [5, 6, 7]) {
      const stripped = withSteps(lessonNumber, (step) => !isCopiedFromLesson1(step));
      const strippedRule = stripped.find((lesson) => lesson.number === lessonNumber)?.homework;
      expect(strippedRule?.followUp.length).toBeLessThan(rule(lessonNumber).followUp.length);
      expect(resolveFollowUpIn(stripped, lessonNumber)?.steps).toEqual(rule(lessonNumber).followUp);
    }
  });

  it('re-anchors a referenced due-date step on the next lesson when that due date counts back from it', () => {
    const lessons = withSteps(6, (_, index) => index === 0);
    const added = resolveFollowUpIn(lessons, 6)?.steps.find((step) => step.key === 'contact-mentor');
    expect(added).toMatchObject({ anchor: 'NEXT_LESSON', dayOffsetFromDue: -1, who: 'CARE_WORKER' });
  });

  it('refuses a reference to a lesson without homework, and a cycle', () => {
    const withReference =
      (from: number, to: number) =>
      (lesson: Lesson): Lesson =>
        lesson.number === from && lesson.homework
          ? { ...lesson, homework: { ...lesson.homework, followUpAsLesson: to } }
          : lesson;
    expect(() => resolveFollowUpIn(programme.lessons.map(withReference(6, 3)), 6)).toThrow(/gives no homework/);
    const cyclic = programme.lessons.map(withReference(1, 2)).map(withReference(2, 1));
    expect(() => resolveFollowUpIn(cyclic, 1)).toThrow(/cycle/);
  });
});
