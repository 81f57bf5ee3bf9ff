/**
 * A table ready to be written: its header and its rows as cells, batch by batch. The one place
 * where a row becomes cells, and so the one place where free text is pseudonymised.
 */
import type { Pseudonymise } from '../pseudonym/replace-aliases';
import { codebookRows, codebookTable } from './codebook';
import type { Cell, ExportTable, ExportTableInfo } from './columns';
import type { ClassRow, ExportClass } from './tables/context';

/** The classes an export covers (in export order), and each class's pseudonymiser for free text. */
export interface ExportScope {
  classes: readonly ExportClass[];
  pseudonymiserOf(classId: string): Pseudonymise;
}

export interface ExportSheet {
  /** CSV file name without ".csv". */
  name: string;
  /** XLSX sheet name. */
  sheet: string;
  header: string[];
  /** The rows in batches, read from the database as they are written. */
  batches(): AsyncIterable<Cell[][]>;
}

/** Where a table's rows come from (lib/export/sources). */
export interface TableSource<Row> {
  /** Every row of these classes, in any order. */
  read(classes: ReadonlyMap<string, ExportClass>): Promise<Row[]>;
  /** The row's place within its class (the class's place in the scope comes first). */
  order(row: Row): readonly (string | number)[];
  /** How many rows these classes have (for the audit log). */
  count(classIds: string[]): Promise<number>;
}

/** A table with its source: what the writers and the audit log use. */
export interface Dataset {
  table: ExportTableInfo;
  count(scope: ExportScope): Promise<number>;
  sheet(scope: ExportScope): ExportSheet;
}

/**
 * Classes per database batch. A class has at most 8 lesson plans, so a batch covers at most 480
 * lessons: about ten thousand rows at most for any table (a few MB), whatever the size of the whole
 * export. Larger batches mean fewer round trips, which is most of an export's time.
 */
export const CLASSES_PER_BATCH = 60;

/** The cells of one row; every free-text cell passes through the class's pseudonymiser. */
export function rowCells<Row>(table: ExportTable<Row>, row: Row, pseudonymise: Pseudonymise): Cell[] {
  return table.columns.map((column) => {
    const value = column.value(row);
    return column.type === 'freeText' && typeof value === 'string' ? pseudonymise(value) : value;
  });
}

function compareKeys(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

/**
 * The rows of a table, batch by batch: the scope's classes are walked in order, CLASSES_PER_BATCH
 * at a time (keyset on the scope's class list), and each batch is sorted by class, then by the
 * source's order. So the rows come out by school, class and lesson, read a bounded batch at a time.
 * The next batch is already being read while the current one is written (at most two in memory):
 * the database works while the writer compresses.
 */
export async function* tableBatches<Row extends ClassRow>(source: TableSource<Row>, classes: readonly ExportClass[]): AsyncGenerator<Row[]> {
  const rank = new Map(classes.map((c, index) => [c.id, index]));
  const read = (start: number) => source.read(new Map(classes.slice(start, start + CLASSES_PER_BATCH).map((c) => [c.id, c])));
  let next = classes.length > 0 ? read(0) : null;
  for (let start = 0; next; start += CLASSES_PER_BATCH) {
    const rows = await next;
    next = start + CLASSES_PER_BATCH < classes.length ? read(start + CLASSES_PER_BATCH) : null;
    // A read started ahead and then abandoned (the download stopped) must not go unhandled.
    next?.catch(() => {});
    yield rows
      .map((row) => ({ row, key: [rank.get(row.class.id) ?? -1, ...source.order(row)] }))
      .sort((a, b) => compareKeys(a.key, b.key))
      .map(({ row }) => row);
  }
}

export function dataset<Row extends ClassRow>(table: ExportTable<Row>, source: TableSource<Row>): Dataset {
  return {
    table: table as ExportTableInfo,
    count: (scope) => (scope.classes.length === 0 ? Promise.resolve(0) : source.count(scope.classes.map((c) => c.id))),
    sheet: (scope) => ({
      name: table.name,
      sheet: table.sheet,
      header: table.columns.map((c) => c.name),
      async *batches() {
        for await (const rows of tableBatches(source, scope.classes)) yield rows.map((row) => rowCells(table, row, scope.pseudonymiserOf(row.class.id)));
      },
    }),
  };
}

/** The codebook as a sheet of its own, describing exactly these tables. */
export function codebookSheet(tables: readonly ExportTableInfo[]): ExportSheet {
  return {
    name: codebookTable.name,
    sheet: codebookTable.sheet,
    header: codebookTable.columns.map((c) => c.name),
    async *batches() {
      yield codebookRows(tables).map((row) => rowCells(codebookTable, row, (text) => text));
    },
  };
}
