import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './dates';

describe('Dutch dates', () => {
  it('formats instants in Amsterdam time', () => {
    expect(formatDateTime('2026-12-01T08:00:00.000Z')).toBe('dinsdag 1 december 2026 om 09:00');
  });
  it('formats calendar days without shifting them', () => {
    expect(formatDate('2026-11-25')).toBe('25 november 2026');
  });
});
