import { programme } from './index';
import type { FollowUpStep, HomeworkRule, Lesson } from './schema';

/*
 * Calendar dates.
 *
 * Lessons, due dates and follow-up steps are days, not instants. Here a day is a Date at
 * 00:00:00.000 UTC of that day; only its UTC year, month and day mean anything. One value per day
 * does not shift with Europe/Amsterdam's summer time, day arithmetic is plain, and it is what a
 * PostgreSQL `date` column comes back as through Prisma. Other Dates are refused rather than
 * silently read as the wrong day: turn an instant into the users' day with
 * `calendarDateInAmsterdam`, and a 'YYYY-MM-DD' string with `calendarDate`.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar date for a 'YYYY-MM-DD' string. */
export function calendarDate(iso: string): Date {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${iso}`);
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (toIsoDate(date) !== iso) throw new RangeError(`No such date: ${iso}`);
  return date;
}

/** 'YYYY-MM-DD' for a calendar date. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const amsterdamDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The day it is in Europe/Amsterdam at this instant, as a calendar date. */
export function calendarDateInAmsterdam(instant: Date): Date {
  return calendarDate(amsterdamDay.format(instant));
}

function assertCalendarDate(date: Date, name: string): void {
  if (Number.isNaN(date.getTime()) || date.getTime() % DAY_MS !== 0) {
    throw new RangeError(`${name} must be a calendar date (a Date at 00:00 UTC), got ${String(date)}`);
  }
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/**
 * Saturday and Sunday move back to the Friday before. Pupils bring the mentor's sheet to school,
 * so a due day must be a school day; moving back rather than forward keeps it ahead of the next
 * lesson, which the follow-up ladder needs. School holidays are not known here.
 */
function moveOffWeekend(date: Date): Date {
  const weekday = date.getUTCDay();
  if (weekday === 6) return addDays(date, -1);
  if (weekday === 0) return addDays(date, -2);
  return date;
}

/**
 * The day the mentor's sheet is due, or null while the date it depends on is not known
 * (DAYS_BEFORE_NEXT_LESSON: the next lesson is not scheduled yet; DAYS_AFTER_LESSON: this lesson
 * has no date yet).
 */
export function homeworkDueDate(
  rule: Pick<HomeworkRule, 'due'>,
  lessonDate: Date | null,
  nextLessonDate: Date | null,
): Date | null {
  if (lessonDate) assertCalendarDate(lessonDate, 'lessonDate');
  if (nextLessonDate) assertCalendarDate(nextLessonDate, 'nextLessonDate');
  const { due } = rule;
  switch (due.kind) {
    case 'DAYS_BEFORE_NEXT_LESSON':
      return nextLessonDate ? moveOffWeekend(addDays(nextLessonDate, -due.days)) : null;
    case 'DAYS_AFTER_LESSON':
      return lessonDate ? moveOffWeekend(addDays(lessonDate, due.days)) : null;
  }
}

export type ScheduledFollowUpStep = FollowUpStep & {
  /** The day of the step, or null while its anchor date is not known. */
  date: Date | null;
};

/**
 * Every follow-up step of the rule with its day. Steps are moved off weekends like the due date,
 * except those on the next lesson's day itself: they happen in that lesson, whatever day it is.
 */
export function followUpSchedule(
  rule: Pick<HomeworkRule, 'due' | 'followUp'>,
  lessonDate: Date | null,
  nextLessonDate: Date | null,
): ScheduledFollowUpStep[] {
  const dueDate = homeworkDueDate(rule, lessonDate, nextLessonDate);
  return rule.followUp.map((step) => {
    const anchorDate = step.anchor === 'DUE_DATE' ? dueDate : nextLessonDate;
    if (!anchorDate) return { ...step, date: null };
    const day = addDays(anchorDate, step.dayOffsetFromDue);
    const onNextLessonItself = step.anchor === 'NEXT_LESSON' && step.dayOffsetFromDue === 0;
    return { ...step, date: onNextLessonItself ? day : moveOffWeekend(day) };
  });
}

export type ResolvedFollowUp = {
  lessonNumber: number;
  /** The lesson whose ladder applies as well ("reactie als bij les N"), or null. */
  asLesson: number | null;
  /** The lesson's own steps, then any step of the referenced ladder it does not already name. */
  steps: FollowUpStep[];
};

/**
 * The follow-up ladder of a lesson's homework with `followUpAsLesson` applied, looked up in
 * `lessons`; null when the lesson gives no homework. A step of the referenced lesson whose key the
 * lesson already uses is the lesson's own version of that step and is not repeated. A referenced
 * step anchored on that lesson's due date is re-anchored on the next lesson when that due date was
 * itself counted back from the next lesson, so it keeps its place relative to the lesson.
 */
export function resolveFollowUpIn(lessons: readonly Lesson[], lessonNumber: number): ResolvedFollowUp | null {
  return resolve(lessons, lessonNumber, new Set());
}

/** `resolveFollowUpIn` for the programme's own lessons. */
export function resolveFollowUp(lessonNumber: number): ResolvedFollowUp | null {
  return resolveFollowUpIn(programme.lessons, lessonNumber);
}

function resolve(lessons: readonly Lesson[], lessonNumber: number, seen: Set<number>): ResolvedFollowUp | null {
  const rule = lessons.find((lesson) => lesson.number === lessonNumber)?.homework;
  if (!rule) return null;
  const asLesson = rule.followUpAsLesson ?? null;
  if (asLesson === null) return { lessonNumber, asLesson, steps: [...rule.followUp] };

  if (seen.has(lessonNumber)) throw new Error(`followUpAsLesson forms a cycle through lesson ${lessonNumber}`);
  seen.add(lessonNumber);
  const referenced = resolve(lessons, asLesson, seen);
  const referencedDue = lessons.find((lesson) => lesson.number === asLesson)?.homework?.due;
  if (!referenced || !referencedDue) {
    throw new Error(`Lesson ${lessonNumber} follows up as lesson ${asLesson}, which gives no homework`);
  }

  const ownKeys = new Set(rule.followUp.map((step) => step.key));
  const added = referenced.steps
    .filter((step) => !ownKeys.has(step.key))
    .map((step): FollowUpStep =>
      step.anchor === 'DUE_DATE' && referencedDue.kind === 'DAYS_BEFORE_NEXT_LESSON'
        ? { ...step, anchor: 'NEXT_LESSON', dayOffsetFromDue: step.dayOffsetFromDue - referencedDue.days }
        : step,
    );
  return { lessonNumber, asLesson, steps: [...rule.followUp, ...added] };
}
