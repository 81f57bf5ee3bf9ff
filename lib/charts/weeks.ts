/**
 * Calendar weeks as Dutch schools count them: ISO weeks, Monday to Sunday, numbered 1–53.
 * Dates are plain calendar days ("2026-11-23"), handled in UTC so no time zone shifts a day.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

function parseDay(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
}

function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The Monday of the day's week. */
export function mondayOf(isoDate: string): string {
  const day = parseDay(isoDate);
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return formatDay(new Date(day.getTime() - weekday * DAY_MS));
}

/** The ISO week (and the year it belongs to, which differs from the calendar year around New Year). */
export function isoWeek(isoDate: string): { year: number; week: number } {
  const day = parseDay(isoDate);
  // The Thursday of this week decides the year; week 1 is the week with the year's first Thursday.
  const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const firstDay = Date.UTC(year, 0, 1);
  return { year, week: 1 + Math.floor((thursday.getTime() - firstDay) / (7 * DAY_MS)) };
}

export interface WeekCount {
  /** The week's Monday, "2026-11-16". */
  weekStart: string;
  year: number;
  week: number;
  count: number;
}

/** Weeks longer apart than this are shown as they come, without the empty weeks between. */
export const MAX_FILLED_WEEKS = 104;

/**
 * Counts per week in date order, with the empty weeks between the first and the last filled in
 * as 0 (a week without lessons is part of the story). Rows may name any day of their week.
 */
export function fillWeeks(rows: { weekStart: string; count: number }[]): WeekCount[] {
  const totals = new Map<string, number>();
  for (const row of rows) {
    const monday = mondayOf(row.weekStart);
    totals.set(monday, (totals.get(monday) ?? 0) + row.count);
  }
  const mondays = [...totals.keys()].sort();
  const first = mondays[0];
  const last = mondays.at(-1);
  if (first && last) {
    const span = Math.round((parseDay(last).getTime() - parseDay(first).getTime()) / (7 * DAY_MS)) + 1;
    if (span <= MAX_FILLED_WEEKS) {
      mondays.length = 0;
      for (let i = 0; i < span; i++) mondays.push(formatDay(new Date(parseDay(first).getTime() + i * 7 * DAY_MS)));
    }
  }
  return mondays.map((weekStart) => ({ weekStart, ...isoWeek(weekStart), count: totals.get(weekStart) ?? 0 }));
}
