/** Dates as Dutch users read them, always in the Netherlands' time zone. */
const TIME_ZONE = 'Europe/Amsterdam';

export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat('nl-NL', { dateStyle: 'full', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(iso));
}

export function formatDate(isoDate: string): string {
  // Plain dates ("2026-11-25") are calendar days: format them without shifting time zones.
  const date = isoDate.length === 10 ? new Date(`${isoDate}T12:00:00Z`) : new Date(isoDate);
  return new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: TIME_ZONE }).format(date);
}

/** A calendar day in short form ("7 sep 2026"), for tables that list many dates. */
export function formatShortDate(isoDate: string): string {
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`));
}
