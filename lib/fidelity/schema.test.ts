import { describe, expect, it } from 'vitest';
import { fidelityParamsSchema } from './schema';

describe('fidelity report parameters', () => {
  it('keeps the overview filters and the chosen class', () => {
    expect(fidelityParamsSchema.parse({ kind: 'VSO', year: '2026-2027', school: 'abc', class: 'c123' })).toEqual({ kind: 'VSO', year: '2026-2027', school: 'abc', class: 'c123' });
  });

  it('treats an empty or repeated class as none, and drops unknown filter values', () => {
    expect(fidelityParamsSchema.parse({ class: '', kind: 'XO' })).toEqual({ class: undefined, kind: undefined });
    expect(fidelityParamsSchema.parse({ class: ['a', 'b'] }).class).toBeUndefined();
  });
});
