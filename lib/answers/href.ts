import type { AnswersFilter } from './schema';

export const ANSWERS_PATH = '/overzicht/antwoorden';

/** The page's address for these filters (for pagination links): empty filters and page 1 left out. */
export function answersHref(filter: Partial<AnswersFilter>): string {
  const params = new URLSearchParams();
  const entries: [string, string | number | undefined][] = [
    ['question', filter.question],
    ['school', filter.school],
    ['kind', filter.kind],
    ['lesson', filter.lesson],
    ['from', filter.from],
    ['to', filter.to],
    ['q', filter.q],
    ['page', filter.page && filter.page > 1 ? filter.page : undefined],
  ];
  for (const [key, value] of entries) if (value !== undefined && value !== '') params.set(key, String(value));
  const query = params.toString();
  return query ? `${ANSWERS_PATH}?${query}` : ANSWERS_PATH;
}
