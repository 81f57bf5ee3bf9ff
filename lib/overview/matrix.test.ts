import { describe, expect, it } from 'vitest';
import { countByStatus, groupBySchool, pageOfSchools, type MatrixRow } from './matrix';

const school = (id: string) => ({ id, name: `School ${id}`, kind: 'SO' as const, city: 'Eindhoven' });
const row = (classId: string, schoolId: string, statuses: MatrixRow['cells'][number]['status'][]): MatrixRow => ({
  classId,
  className: classId,
  schoolYear: '2026-2027',
  school: school(schoolId),
  cells: statuses.map((status, i) => ({ lessonNumber: i + 1, status, date: null })),
});

describe('progress matrix helpers', () => {
  it('counts every cell by status', () => {
    const rows = [row('a', 's1', ['EVALUATED', 'HELD', 'NOT_STARTED']), row('b', 's2', ['READY', 'PREPARING', 'NOT_STARTED'])];
    expect(countByStatus(rows)).toEqual({ NOT_STARTED: 2, PREPARING: 1, READY: 1, HELD: 1, EVALUATED: 1 });
  });

  it('groups classes by school, keeping order', () => {
    const groups = groupBySchool([row('a', 's1', []), row('b', 's2', []), row('c', 's1', [])]);
    expect(groups.map((g) => [g.school.id, g.rows.map((r) => r.classId)])).toEqual([
      ['s1', ['a', 'c']],
      ['s2', ['b']],
    ]);
  });
});

describe('pageOfSchools', () => {
  const schools = Array.from({ length: 23 }, (_, i) => `school ${i + 1}`);

  it('gives ten schools per page and says where they are', () => {
    expect(pageOfSchools(schools, 1)).toMatchObject({ page: 1, pages: 3, first: 1, last: 10, total: 23 });
    expect(pageOfSchools(schools, 3)).toMatchObject({ groups: ['school 21', 'school 22', 'school 23'], page: 3, first: 21, last: 23 });
  });

  it('clamps a page that does not exist to the nearest one', () => {
    expect(pageOfSchools(schools, 9).page).toBe(3);
    expect(pageOfSchools(schools, 0).page).toBe(1);
    expect(pageOfSchools(schools, Number.NaN).page).toBe(1);
  });

  it('has one empty page when there is nothing to show', () => {
    expect(pageOfSchools([], 2)).toEqual({ groups: [], page: 1, pages: 1, first: 0, last: 0, total: 0 });
  });
});

