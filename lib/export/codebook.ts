/**
 * The codebook: per table and column its name, Dutch label, type and allowed values. Generated
 * from the very definitions the tables are written from, so a column cannot be exported without
 * being described, nor described without being exported.
 */
import { allowedValues, columnTypeLabels, type ExportTable, type ExportTableInfo } from './columns';

export interface CodebookRow {
  table: string;
  sheet: string;
  column: string;
  label: string;
  type: string;
  values: string;
}

export const codebookTable: ExportTable<CodebookRow> = {
  name: 'codebook',
  sheet: 'Codeboek',
  columns: [
    { name: 'table', label: 'Tabel: het CSV-bestand <tabel>.csv in de zip', type: 'text', value: (r) => r.table },
    { name: 'sheet', label: 'Werkblad in het XLSX-bestand', type: 'text', value: (r) => r.sheet },
    { name: 'column', label: 'Naam van de kolom, zoals in de kopregel', type: 'text', value: (r) => r.column },
    { name: 'label', label: 'Wat de kolom betekent', type: 'text', value: (r) => r.label },
    { name: 'type', label: 'Soort waarde', type: 'text', values: Object.values(columnTypeLabels).join(', '), value: (r) => r.type },
    { name: 'allowed_values', label: 'Toegestane waarden en notatie', type: 'text', value: (r) => r.values },
  ],
};

/** One row per column of every table, the codebook's own columns last. */
export function codebookRows(tables: readonly ExportTableInfo[]): CodebookRow[] {
  return [...tables, codebookTable as ExportTableInfo].flatMap((table) =>
    table.columns.map((column) => ({
      table: table.name,
      sheet: table.sheet,
      column: column.name,
      label: column.label,
      type: columnTypeLabels[column.type],
      values: allowedValues(column),
    })),
  );
}
