/** How dates appear in the export: the same text in the CSV files and the XLSX sheets. */

const HOUR_MS = 60 * 60 * 1000;

const amsterdam = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

// Intl is slow for tens of thousands of cells, and the Netherlands' offset from UTC only changes
// on a whole UTC hour (01:00 UTC, the EU rule): so it is looked up once per hour and cached.
const offsets = new Map<number, number>();

function amsterdamOffsetMs(instant: Date): number {
  const hour = Math.floor(instant.getTime() / HOUR_MS);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const part = Object.fromEntries(amsterdam.formatToParts(new Date(hour * HOUR_MS)).map((p) => [p.type, Number(p.value)]));
    offset = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!) - hour * HOUR_MS;
    if (offsets.size > 50_000) offsets.clear();
    offsets.set(hour, offset);
  }
  return offset;
}

const two = (n: number) => String(n).padStart(2, '0');

/** An instant as Dutch wall-clock time, "2026-11-25 09:30": what the pair saw in the app. */
export function dateTimeCell(instant: Date | null | undefined): string | null {
  if (!instant) return null;
  const local = new Date(instant.getTime() + amsterdamOffsetMs(instant));
  return `${local.getUTCFullYear()}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())} ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
}

/** A calendar day (a @db.Date column, stored at 00:00 UTC), "2026-11-25". */
export function dateCell(day: Date | null | undefined): string | null {
  return day ? day.toISOString().slice(0, 10) : null;
}

/** Today in the Netherlands, "2026-11-25": the date in the export's file name. */
export function amsterdamToday(now = new Date()): string {
  return (dateTimeCell(now) ?? '').slice(0, 10);
}
