import { describe, expect, it } from 'vitest';
import { answersFilterSchema, MAX_SEARCH } from './schema';

describe('answersFilterSchema', () => {
  it('defaults to the first question and page 1 with no filters', () => {
    expect(answersFilterSchema.parse({})).toEqual({ question: 'stressActions', page: 1 });
  });

  it('reads every filter from search parameters', () => {
    expect(
      answersFilterSchema.parse({ question: 'trustBehaviours', school: 'abc', kind: 'VSO', lesson: '2', from: '2026-09-01', to: '2026-12-31', q: '  rustig  ', page: '3' }),
    ).toEqual({ question: 'trustBehaviours', school: 'abc', kind: 'VSO', lesson: 2, from: '2026-09-01', to: '2026-12-31', q: 'rustig', page: 3 });
  });

  it('ignores malformed values instead of failing the page', () => {
    expect(
      answersFilterSchema.parse({ question: 'nope', kind: 'MBO', lesson: '9', from: '1-9-2026', to: '2026-02-30', q: 'a\u0000b', page: '-1', school: ['a', 'b'] }),
    ).toEqual({ question: 'stressActions', page: 1 });
    expect(answersFilterSchema.parse({ lesson: '0' }).lesson).toBeUndefined();
    expect(answersFilterSchema.parse({ lesson: '1.5' }).lesson).toBeUndefined();
  });

  it('treats a blank or too long search as no search', () => {
    expect(answersFilterSchema.parse({ q: '   ' }).q).toBeUndefined();
    expect(answersFilterSchema.parse({ q: 'x'.repeat(MAX_SEARCH + 1) }).q).toBeUndefined();
    expect(answersFilterSchema.parse({ q: 'x'.repeat(MAX_SEARCH) }).q).toHaveLength(MAX_SEARCH);
  });
});
