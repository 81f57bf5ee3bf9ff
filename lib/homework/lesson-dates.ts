import { calendarDateInAmsterdam } from '../programme/homework-due';

/** Lesson number → the day it is scheduled (a calendar date: 00:00 UTC of the Amsterdam day). */
export type LessonDates = ReadonlyMap<number, Date>;

/** The days of the class's scheduled lessons, from its lesson plans (plans without a date are left out). */
export function lessonDatesFrom(plans: readonly { lessonNumber: number; scheduledAt: Date | null }[]): LessonDates {
  const dates = new Map<number, Date>();
  for (const plan of plans) if (plan.scheduledAt) dates.set(plan.lessonNumber, calendarDateInAmsterdam(plan.scheduledAt));
  return dates;
}
