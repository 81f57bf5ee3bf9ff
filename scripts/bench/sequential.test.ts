import { describe, expect, it } from 'vitest';
import { percentile } from './sequential';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose

  it('takes the value below which the given share of samples lies', () => {
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 100)).toBe(100);
  });

  it('rounds up to the next sample for small sets, so a p95 of 10 samples is the slowest one', () => {
    expect(percentile([5, 1, 3, 2, 4, 9, 8, 7, 6, 10], 95)).toBe(10);
    expect(percentile([7], 95)).toBe(7);
  });

  it('is NaN without samples', () => {
    expect(percentile([], 95)).toBeNaN();
  });
});
