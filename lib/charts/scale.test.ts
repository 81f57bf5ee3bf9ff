import { describe, expect, it } from 'vitest';
import { niceMax, niceStep, pct, percentOf, stackSegments, ticks } from './scale';

describe('chart scales', () => {
  it('picks round steps of 1, 2 or 5 × 10ⁿ, never below 1', () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(3)).toBe(1);
    expect(niceStep(7)).toBe(2);
    expect(niceStep(18)).toBe(5);
    expect(niceStep(40)).toBe(10);
    expect(niceStep(2400)).toBe(1000);
  });

  it('puts the axis top at a round value at or above the largest count', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(3)).toBe(3);
    expect(niceMax(7)).toBe(8);
    expect(niceMax(18)).toBe(20);
    expect(niceMax(2401)).toBe(3000);
  });

  it('lists ticks from 0 to the top', () => {
    expect(ticks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(ticks(3)).toEqual([0, 1, 2, 3]);
    expect(ticks(0)).toEqual([0, 1]);
  });

  it('turns values into clamped percentages', () => {
    expect(percentOf(3, 12)).toBe(25);
    expect(percentOf(0, 12)).toBe(0);
    expect(percentOf(5, 0)).toBe(0);
    expect(percentOf(20, 10)).toBe(100);
    expect(pct(33.33333)).toBe('33.33%');
  });

  it('stacks parts end to end and leaves empty parts out', () => {
    expect(
      stackSegments(
        [
          { key: 'a', value: 2 },
          { key: 'b', value: 0 },
          { key: 'c', value: 6 },
        ],
        10,
      ),
    ).toEqual([
      { key: 'a', value: 2, start: 0, width: 20 },
      { key: 'c', value: 6, start: 20, width: 60 },
    ]);
  });

  it('never lets a stack run past the axis', () => {
    const segments = stackSegments(
      [
        { key: 'a', value: 8 },
        { key: 'b', value: 8 },
      ],
      10,
    );
    expect(segments.at(-1)).toMatchObject({ start: 80, width: 20 });
  });
});
