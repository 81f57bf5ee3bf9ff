/**
 * Pure helpers for the answers page: which classes get a row, what each lesson's cell shows,
 * and which page of rows is on screen. No I/O; the queries feed them plain values.
 */

export interface SchoolRef {
  id: string;
  name: string;
  kind: 'SO' | 'VSO';
  city: string;
}

export interface ClassRef {
  classId: string;
  className: string;
  schoolYear: string;
  school: SchoolRef;
}

/** A submitted evaluation of one class's lesson, before its texts are read. */
export interface EvaluatedLesson {
  classId: string;
  lessonNumber: number;
  evaluationId: string;
  /** The day the lesson was held, "YYYY-MM-DD". */
  heldOn: string | null;
}

/** Per lesson: the evaluation to show, one the filters leave out, or none submitted yet. */
export type CellState = { lessonNumber: number; state: 'shown'; evaluation: EvaluatedLesson } | { lessonNumber: number; state: 'filteredOut' } | { lessonNumber: number; state: 'notEvaluated' };

export interface GridRow extends ClassRef {
  cells: CellState[];
}

export interface GridFilter {
  from?: string;
  to?: string;
  /** Evaluations the full-text search found; undefined when there is no search. */
  matches?: ReadonlySet<string>;
}

/** Whether a held day lies in the period; both ends inclusive, either may be open. */
export function inPeriod(heldOn: string | null, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!heldOn) return false;
  return (!from || heldOn >= from) && (!to || heldOn <= to);
}

/**
 * A row per class with a cell per lesson column. Without a search or period every class keeps
 * its row (so "nog niet geëvalueerd" is visible); with one, only classes with something to show
 * do, or the results would drown among hundreds of empty rows.
 */
export function buildGrid(classes: readonly ClassRef[], evaluated: readonly EvaluatedLesson[], lessons: readonly number[], filter: GridFilter): GridRow[] {
  const narrowed = filter.matches !== undefined || Boolean(filter.from || filter.to);
  const byCell = new Map(evaluated.map((e) => [`${e.classId}:${e.lessonNumber}`, e]));
  const passes = (e: EvaluatedLesson) => inPeriod(e.heldOn, filter.from, filter.to) && (!filter.matches || filter.matches.has(e.evaluationId));
  const rows: GridRow[] = [];
  for (const schoolClass of classes) {
    const cells = lessons.map((lessonNumber): CellState => {
      const evaluation = byCell.get(`${schoolClass.classId}:${lessonNumber}`);
      if (!evaluation) return { lessonNumber, state: 'notEvaluated' };
      return passes(evaluation) ? { lessonNumber, state: 'shown', evaluation } : { lessonNumber, state: 'filteredOut' };
    });
    if (!narrowed || cells.some((c) => c.state === 'shown')) rows.push({ ...schoolClass, cells });
  }
  return rows;
}

export function countShown(rows: readonly GridRow[]): number {
  return rows.reduce((sum, row) => sum + row.cells.filter((c) => c.state === 'shown').length, 0);
}

export interface Paged<T> {
  items: T[];
  page: number;
  pageCount: number;
}

/** One page of items; a page past the end shows the last page. */
export function paginate<T>(items: readonly T[], page: number, pageSize: number): Paged<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  return { items: items.slice((current - 1) * pageSize, current * pageSize), page: current, pageCount };
}

/** Rows of the same school together, in the order the rows come. */
export function groupBySchool<T extends { school: SchoolRef }>(rows: readonly T[]): { school: SchoolRef; rows: T[] }[] {
  const groups = new Map<string, { school: SchoolRef; rows: T[] }>();
  for (const row of rows) {
    const group = groups.get(row.school.id) ?? { school: row.school, rows: [] };
    group.rows.push(row);
    groups.set(row.school.id, group);
  }
  return [...groups.values()];
}
