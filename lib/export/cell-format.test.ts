import { describe, expect, it } from 'vitest';
import { amsterdamToday, dateCell, dateTimeCell } from './cell-format';

describe('export dates', () => {
  it('writes instants as Dutch wall-clock time, in winter and in summer', () => {
    expect(dateTimeCell(new Date('2026-12-01T08:05:00Z'))).toBe('2026-12-01 09:05');
    expect(dateTimeCell(new Date('2027-06-01T22:30:00Z'))).toBe('2027-06-02 00:30');
    expect(dateTimeCell(null)).toBeNull();
  });

  it('agrees with Intl around the changes to and from summer time', () => {
    const intl = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' });
    for (const start of ['2027-03-28T00:00:00Z', '2026-10-25T00:00:00Z']) {
      for (let minutes = 0; minutes < 4 * 60; minutes += 7) {
        const instant = new Date(new Date(start).getTime() + minutes * 60_000);
        expect(dateTimeCell(instant), instant.toISOString()).toBe(intl.format(instant));
      }
    }
  });

  it('writes calendar days as they are stored', () => {
    expect(dateCell(new Date('2026-11-25T00:00:00Z'))).toBe('2026-11-25');
    expect(dateCell(undefined)).toBeNull();
  });

  it("names today's date in the Netherlands", () => {
    expect(amsterdamToday(new Date('2026-11-25T23:30:00Z'))).toBe('2026-11-26');
  });
});
