import { describe, expect, it } from 'vitest';
import { fillWeeks, isoWeek, MAX_FILLED_WEEKS, mondayOf } from './weeks';

describe('calendar weeks', () => {
  it('finds the Monday of any day of the week', () => {
    expect(mondayOf('2026-11-23')).toBe('2026-11-23'); // a Monday
    expect(mondayOf('2026-11-26')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23'); // Sunday belongs to the week before
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });

  it('numbers weeks as ISO 8601 does, also around New Year', () => {
    expect(isoWeek('2026-11-23')).toEqual({ year: 2026, week: 48 });
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeek('2027-01-04')).toEqual({ year: 2027, week: 1 });
    expect(isoWeek('2024-12-30')).toEqual({ year: 2025, week: 1 });
  });

  it('adds up rows of the same week and fills the empty weeks between with 0', () => {
    expect(
      fillWeeks([
        { weekStart: '2026-11-09', count: 2 },
        { weekStart: '2026-11-24', count: 1 },
        { weekStart: '2026-11-23', count: 3 },
      ]),
    ).toEqual([
      { weekStart: '2026-11-09', year: 2026, week: 46, count: 2 },
      { weekStart: '2026-11-16', year: 2026, week: 47, count: 0 },
      { weekStart: '2026-11-23', year: 2026, week: 48, count: 4 },
    ]);
  });

  it('returns nothing for no lessons', () => {
    expect(fillWeeks([])).toEqual([]);
  });

  it('does not fill years of empty weeks between far-apart dates', () => {
    const weeks = fillWeeks([
      { weekStart: '2020-01-06', count: 1 },
      { weekStart: '2026-11-23', count: 1 },
    ]);
    expect(weeks.map((w) => w.weekStart)).toEqual(['2020-01-06', '2026-11-23']);
    expect(MAX_FILLED_WEEKS).toBeLessThan(400);
  });
});
