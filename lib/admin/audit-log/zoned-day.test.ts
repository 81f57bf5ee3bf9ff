import { describe, expect, it } from 'vitest';
import { nextDay, zonedDayStart } from './zoned-day';

describe('zonedDayStart', () => {
  it('starts a winter day an hour before UTC midnight in Amsterdam', () => {
    expect(zonedDayStart('2026-01-15', 'Europe/Amsterdam').toISOString()).toBe('2026-01-14T23:00:00.000Z');
  });

  it('starts a summer day two hours before UTC midnight in Amsterdam', () => {
    expect(zonedDayStart('2026-07-01', 'Europe/Amsterdam').toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });

  it('handles the days clocks change', () => {
    expect(zonedDayStart('2026-03-29', 'Europe/Amsterdam').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(zonedDayStart('2026-03-30', 'Europe/Amsterdam').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(zonedDayStart('2026-10-25', 'Europe/Amsterdam').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(zonedDayStart('2026-10-26', 'Europe/Amsterdam').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('is UTC midnight in UTC', () => {
    expect(zonedDayStart('2026-05-05', 'UTC').toISOString()).toBe('2026-05-05T00:00:00.000Z');
  });
});

describe('nextDay', () => {
  it('rolls over months and years', () => {
    expect(nextDay('2026-01-31')).toBe('2026-02-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
  });
});
