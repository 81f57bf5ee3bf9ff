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

/** How many schools one page of the overview shows: a page stays quick to load and to read. */
export const SCHOOLS_PER_PAGE = 10;

export interface SchoolPage<T> {
  groups: T[];
  /** 1-based, clamped to the pages there are. */
  page: number;
  pages: number;
  /** 1-based positions of the first and last school on this page (0 and 0 when there is none). */
  first: number;
  last: number;
  total: number;
}

/** One page of schools (with all their classes), so 100 schools never render as one 2,400-cell page. */
export function pageOfSchools<T>(groups: T[], requested: number, perPage = SCHOOLS_PER_PAGE): SchoolPage<T> {
  const pages = Math.max(1, Math.ceil(groups.length / perPage));
  const page = Math.min(Math.max(1, Math.floor(requested) || 1), pages);
  const start = (page - 1) * perPage;
  const slice = groups.slice(start, start + perPage);
  return { groups: slice, page, pages, first: slice.length ? start + 1 : 0, last: start + slice.length, total: groups.length };
}
