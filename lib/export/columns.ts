/**
 * The research export's tables, defined once: each column's name, Dutch label, type, allowed
 * values and how to read its value from a row. The CSV files, the XLSX sheets and the codebook
 * are all generated from these definitions, so they cannot drift apart.
 */

/** One cell as written: text, a whole number, or empty. */
export type Cell = string | number | null;

export type ColumnType = 'id' | 'text' | 'freeText' | 'pupilCode' | 'integer' | 'date' | 'dateTime' | 'category';

/** The type as the codebook names it. */
export const columnTypeLabels: Record<ColumnType, string> = {
  id: 'sleutel',
  text: 'tekst',
  freeText: 'vrije tekst',
  pupilCode: 'leerlingcode',
  integer: 'geheel getal',
  date: 'datum',
  dateTime: 'datum en tijd',
  category: 'categorie',
};

interface ColumnBase {
  /** Machine name: the CSV header and the XLSX header, snake_case, unique within its table. */
  name: string;
  /** What the column means, in Dutch (codebook). */
  label: string;
  /** When the cell can be empty, what that means (codebook), e.g. "nog niet gepland". */
  empty?: string;
}

export type Column<Row> = ColumnBase &
  (
    | { type: 'category'; categories: Readonly<Record<string, string>>; value: (row: Row) => string | null }
    | { type: 'integer'; range?: string; value: (row: Row) => number | null }
    /**
     * Free text written by the pair. Every freeText cell passes through the class's
     * pseudonymiser when the export is written (lib/export/sheets.ts), so a pupil's alias in it
     * becomes the pupil's code: a column of this type cannot forget it.
     */
    | { type: 'freeText'; value: (row: Row) => string | null }
    | { type: 'id' | 'text' | 'pupilCode' | 'date' | 'dateTime'; values?: string; value: (row: Row) => string | null }
  );

export interface ExportTable<Row> {
  /** File name in the zip (`${name}.csv`) and the codebook's table name. */
  name: string;
  /** XLSX sheet name (at most 31 characters). */
  sheet: string;
  columns: readonly Column<Row>[];
}

/**
 * Any table or column, whatever its row type (for the codebook and the writers). A column that
 * reads a PlanRow is a column that reads `never`: it is never called with a row here.
 */
export type ExportTableInfo = ExportTable<never>;
export type ColumnInfo = Column<never>;

/** The allowed values of a column, as the codebook states them. */
export function allowedValues(column: ColumnInfo): string {
  const base = (() => {
    switch (column.type) {
      case 'category':
        return Object.entries(column.categories)
          .map(([value, meaning]) => `${value} = ${meaning}`)
          .join('; ');
      case 'integer':
        return column.range ?? 'geheel getal';
      case 'date':
        return 'JJJJ-MM-DD';
      case 'dateTime':
        return 'JJJJ-MM-DD UU:MM, Nederlandse tijd';
      case 'pupilCode':
        return column.values ?? 'code van de leerling, bijv. P-7K3Q (nooit een naam)';
      case 'freeText':
        return 'tekst van het duo; de naam van een leerling is vervangen door de leerlingcode';
      case 'id':
        return column.values ?? 'unieke sleutel';
      case 'text':
        return column.values ?? 'tekst';
    }
  })();
  return column.empty ? `${base}; leeg: ${column.empty}` : base;
}
