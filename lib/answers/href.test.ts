import { describe, expect, it } from 'vitest';
import { answersHref } from './href';
import { answersFilterSchema } from './schema';

describe('answersHref', () => {
  it('keeps the filters, leaves out empty ones and page 1', () => {
    expect(answersHref({ question: 'trustBehaviours', page: 1 })).toBe('/overzicht/antwoorden?question=trustBehaviours');
    expect(answersHref({})).toBe('/overzicht/antwoorden');
    expect(answersHref({ question: 'collaboration', kind: 'VSO', lesson: 2, q: 'rustig & "samen"', page: 3 })).toBe(
      '/overzicht/antwoorden?question=collaboration&kind=VSO&lesson=2&q=rustig+%26+%22samen%22&page=3',
    );
  });

  it('round-trips through the filter schema', () => {
    const filter = answersFilterSchema.parse({ question: 'pupilExample', school: 's1', from: '2026-09-01', to: '2026-10-01', q: 'één woord', page: '2' });
    const params = Object.fromEntries(new URL(answersHref(filter), 'http://x').searchParams);
    expect(answersFilterSchema.parse(params)).toEqual(filter);
  });
});
