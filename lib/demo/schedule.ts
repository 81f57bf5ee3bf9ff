/**
 * When the demo classes' lessons fall, relative to the day the demo data is seeded, so a new
 * user sees a programme in progress: Groep Zon held lesson 3 today (lesson 2's homework is
 * overdue for one pupil, with a follow-up step due today); Klas 2B is two lessons in; Groep
 * Maan is preparing lesson 1.
 */

/** Days from the seed day (a school day) per lesson number 1–8, and the time of day. */
export const demoSchedule: Record<string, { dayOffsets: number[]; hour: number }> = {
  'De Vlinderboom': { dayOffsets: [-14, -7, 0, 7, 14, 21, 28, 35], hour: 9 },
  'Het Baken': { dayOffsets: [-9, -2, 5, 12, 19, 26, 33, 40], hour: 11 },
  'De Linde': { dayOffsets: [3, 10, 17, 24, 31, 38, 45, 52], hour: 13 },
};

/** The seed day: today, or the Friday before when today is a weekend. */
export function demoSeedDay(now: Date): Date {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const weekday = day.getUTCDay();
  if (weekday === 6) day.setUTCDate(day.getUTCDate() - 1);
  if (weekday === 0) day.setUTCDate(day.getUTCDate() - 2);
  return day;
}

/** The lesson's date and time (hour in Amsterdam winter time, stored as UTC), skipping weekends. */
export function demoLessonStart(schoolName: string, lessonNumber: number, now: Date): Date | null {
  const schedule = demoSchedule[schoolName];
  const offset = schedule?.dayOffsets[lessonNumber - 1];
  if (schedule === undefined || offset === undefined) return null;
  const date = demoSeedDay(now);
  date.setUTCDate(date.getUTCDate() + offset);
  // Weekly offsets from a weekday land on weekdays, except the odd ones (e.g. +3 from a Thursday).
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() + 1);
  date.setUTCHours(schedule.hour - 1); // CET = UTC+1
  return date;
}
