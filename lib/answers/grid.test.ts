import { describe, expect, it } from 'vitest';
import { buildGrid, countShown, groupBySchool, inPeriod, paginate, type ClassRef, type EvaluatedLesson } from './grid';

const school = (id: string) => ({ id, name: `School ${id}`, kind: 'SO' as const, city: 'Eindhoven' });
const zon: ClassRef = { classId: 'zon', className: 'Groep Zon', schoolYear: '2026-2027', school: school('a') };
const maan: ClassRef = { classId: 'maan', className: 'Groep Maan', schoolYear: '2026-2027', school: school('b') };
const ster: ClassRef = { classId: 'ster', className: 'Groep Ster', schoolYear: '2026-2027', school: school('a') };
const evaluated: EvaluatedLesson[] = [
  { classId: 'zon', lessonNumber: 1, evaluationId: 'e1', heldOn: '2026-09-10' },
  { classId: 'zon', lessonNumber: 2, evaluationId: 'e2', heldOn: '2026-10-01' },
];

describe('inPeriod', () => {
  it('includes both ends and leaves open ends open', () => {
    expect(inPeriod('2026-09-10', '2026-09-10', '2026-09-10')).toBe(true);
    expect(inPeriod('2026-09-09', '2026-09-10')).toBe(false);
    expect(inPeriod('2026-09-11', undefined, '2026-09-10')).toBe(false);
    expect(inPeriod(null)).toBe(true);
    expect(inPeriod(null, '2026-01-01')).toBe(false);
  });
});

describe('buildGrid', () => {
  it('gives every class a row and tells evaluated from not yet evaluated', () => {
    const rows = buildGrid([zon, maan], evaluated, [1, 2, 3], {});
    expect(rows.map((r) => r.classId)).toEqual(['zon', 'maan']);
    expect(rows[0]!.cells.map((c) => c.state)).toEqual(['shown', 'shown', 'notEvaluated']);
    expect(rows[1]!.cells.map((c) => c.state)).toEqual(['notEvaluated', 'notEvaluated', 'notEvaluated']);
    expect(countShown(rows)).toBe(2);
  });

  it('keeps only classes with a hit when searching, and marks evaluations the search leaves out', () => {
    const rows = buildGrid([zon, maan], evaluated, [1, 2, 3], { matches: new Set(['e2']) });
    expect(rows.map((r) => r.classId)).toEqual(['zon']);
    expect(rows[0]!.cells.map((c) => c.state)).toEqual(['filteredOut', 'shown', 'notEvaluated']);
  });

  it('finds nothing with an empty set of matches', () => {
    expect(buildGrid([zon, maan], evaluated, [1, 2], { matches: new Set() })).toEqual([]);
  });

  it('filters on the held day', () => {
    const rows = buildGrid([zon, maan], evaluated, [1, 2], { from: '2026-09-15' });
    expect(rows.map((r) => r.classId)).toEqual(['zon']);
    expect(rows[0]!.cells.map((c) => c.state)).toEqual(['filteredOut', 'shown']);
  });
});

describe('paginate', () => {
  it('slices pages and keeps a page past the end on the last page', () => {
    const items = Array.from({ length: 7 }, (_, i) => i);
    expect(paginate(items, 1, 3)).toEqual({ items: [0, 1, 2], page: 1, pageCount: 3 });
    expect(paginate(items, 3, 3)).toEqual({ items: [6], page: 3, pageCount: 3 });
    expect(paginate(items, 9, 3)).toEqual({ items: [6], page: 3, pageCount: 3 });
    expect(paginate([], 1, 3)).toEqual({ items: [], page: 1, pageCount: 1 });
  });
});

describe('groupBySchool', () => {
  it('groups rows by school in the order they come', () => {
    expect(groupBySchool([zon, ster, maan]).map((g) => [g.school.id, g.rows.map((r) => r.classId)])).toEqual([
      ['a', ['zon', 'ster']],
      ['b', ['maan']],
    ]);
  });
});
