import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatShortDate } from './dates';

describe('Dutch dates', () => {
  it('formats instants in Amsterdam time', () => {
    expect(formatDateTime('2026-12-01T08:00:00.000Z')).toBe('dinsdag 1 december 2026 om 09:00');
  });
  it('formats calendar days without shifting them', () => {
    expect(formatDate('2026-11-25')).toBe('25 november 2026');
  });
  it('formats calendar days short for long tables', () => {
    expect(formatShortDate('2026-09-07')).toBe('7 sep 2026');
    expect(formatShortDate('2027-01-01')).toBe('1 jan 2027');
  });
});
