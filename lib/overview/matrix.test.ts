import { describe, expect, it } from 'vitest';
import { countByStatus, groupBySchool, type MatrixRow } from './matrix';

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
