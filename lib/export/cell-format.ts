/** How dates appear in the export: the same text in the CSV files and the XLSX sheets. */

const amsterdam = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as Dutch wall-clock time, "2026-11-25 09:30": what the pair saw in the app. */
export function dateTimeCell(instant: Date | null | undefined): string | null {
  if (!instant) return null;
  const part = Object.fromEntries(amsterdam.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

/** A calendar day (a @db.Date column, stored at 00:00 UTC), "2026-11-25". */
export function dateCell(day: Date | null | undefined): string | null {
  return day ? day.toISOString().slice(0, 10) : null;
}

/** Today in the Netherlands, "2026-11-25": the date in the export's file name. */
export function amsterdamToday(now = new Date()): string {
  return (dateTimeCell(now) ?? '').slice(0, 10);
}
