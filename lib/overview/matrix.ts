/** Pure helpers for the coordinator's progress matrix. */
export type PlanStatus = 'NOT_STARTED' | 'PREPARING' | 'READY' | 'HELD' | 'EVALUATED';
export const planStatuses: PlanStatus[] = ['NOT_STARTED', 'PREPARING', 'READY', 'HELD', 'EVALUATED'];

export interface MatrixCell {
  lessonNumber: number;
  status: PlanStatus;
  /** The held date if held, else the scheduled date-time, else null. */
  date: string | null;
}

export interface MatrixRow {
  classId: string;
  className: string;
  schoolYear: string;
  school: { id: string; name: string; kind: 'SO' | 'VSO'; city: string };
  cells: MatrixCell[];
}

export function countByStatus(rows: MatrixRow[]): Record<PlanStatus, number> {
  const counts = Object.fromEntries(planStatuses.map((s) => [s, 0])) as Record<PlanStatus, number>;
  for (const row of rows) for (const cell of row.cells) counts[cell.status] += 1;
  return counts;
}

export function groupBySchool(rows: MatrixRow[]): { school: MatrixRow['school']; rows: MatrixRow[] }[] {
  const groups = new Map<string, { school: MatrixRow['school']; rows: MatrixRow[] }>();
  for (const row of rows) {
    const group = groups.get(row.school.id) ?? { school: row.school, rows: [] };
    group.rows.push(row);
    groups.set(row.school.id, group);
  }
  return [...groups.values()];
}
