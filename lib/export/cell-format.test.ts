import { describe, expect, it } from 'vitest';
import { amsterdamToday, dateCell, dateTimeCell } from './cell-format';

describe('export dates', () => {
  it('writes instants as Dutch wall-clock time, in winter and in summer', () => {
    expect(dateTimeCell(new Date('2026-12-01T08:05:00Z'))).toBe('2026-12-01 09:05');
    expect(dateTimeCell(new Date('2027-06-01T22:30:00Z'))).toBe('2027-06-02 00:30');
    expect(dateTimeCell(null)).toBeNull();
  });

  it('writes calendar days as they are stored', () => {
    expect(dateCell(new Date('2026-11-25T00:00:00Z'))).toBe('2026-11-25');
    expect(dateCell(undefined)).toBeNull();
  });

  it("names today's date in the Netherlands", () => {
    expect(amsterdamToday(new Date('2026-11-25T23:30:00Z'))).toBe('2026-11-26');
  });
});
