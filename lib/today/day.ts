/**
 * A 'YYYY-MM-DD' day as a Date to format. Noon UTC is the same day in Europe/Amsterdam in summer and
 * winter, so formatting it there never shows the day before or after.
 */
export function dayToDate(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}
