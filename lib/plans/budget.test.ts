import { describe, expect, it } from 'vitest';
import { budgetState, plannedTotal } from './budget';

describe('lesson budget', () => {
  it('adds the minutes of included activities only', () => {
    expect(plannedTotal([{ included: true, minutes: 10 }, { included: false, minutes: 20 }, { included: true, minutes: null }, { included: true, minutes: 5 }])).toBe(15);
  });

  it('reports minutes over the 45-minute budget', () => {
    expect(budgetState(50)).toEqual({ total: 50, budget: 45, over: 5, remaining: 0 });
    expect(budgetState(45)).toEqual({ total: 45, budget: 45, over: 0, remaining: 0 });
    expect(budgetState(30)).toEqual({ total: 30, budget: 45, over: 0, remaining: 15 });
  });
});
