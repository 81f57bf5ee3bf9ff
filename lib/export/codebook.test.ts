import { describe, expect, it } from 'vitest';
import { codebookRows, codebookTable } from './codebook';
import { allowedValues, columnTypeLabels, type ExportTable } from './columns';
import { exportTables } from './tables';

describe('codebook', () => {
  const rows = codebookRows(exportTables);

  it('describes every column of every table, in order, and nothing else', () => {
    const described = rows.map((r) => `${r.table}.${r.column}`);
    const columns = [...exportTables, codebookTable].flatMap((t) => t.columns.map((c) => `${t.name}.${c.name}`));
    expect(described).toEqual(columns);
  });

  it('gives each column its Dutch label, type and allowed values', () => {
    const status = rows.find((r) => r.table === 'plans' && r.column === 'status');
    expect(status).toMatchObject({ sheet: 'Lessen', label: 'Stand van de les', type: 'categorie' });
    expect(status?.values).toContain('EVALUATED = geëvalueerd');
    expect(rows.find((r) => r.table === 'evaluations' && r.column === 'question_key')?.values).toMatch(/^stressActions = vraag 1: De volgende drie handelingen/);
    expect(rows.find((r) => r.table === 'plans' && r.column === 'held_on')).toMatchObject({ type: 'datum', values: 'JJJJ-MM-DD; leeg: nog niet gegeven' });
    expect(rows.find((r) => r.table === 'logbooks' && r.column === 'text')?.values).toContain('leerlingcode');
    for (const row of rows) {
      expect(row.label.length, `${row.table}.${row.column}`).toBeGreaterThan(3);
      expect(Object.values(columnTypeLabels)).toContain(row.type);
      expect(row.values.length, `${row.table}.${row.column}`).toBeGreaterThan(0);
    }
  });

  it('follows a change to a table definition at once', () => {
    const table: ExportTable<{ n: number }> = {
      name: 'example',
      sheet: 'Voorbeeld',
      columns: [{ name: 'n', label: 'Een getal', type: 'integer', range: '1–3', empty: 'onbekend', value: (r) => r.n }],
    };
    expect(codebookRows([table]).filter((r) => r.table === 'example')).toEqual([
      { table: 'example', sheet: 'Voorbeeld', column: 'n', label: 'Een getal', type: 'geheel getal', values: '1–3; leeg: onbekend' },
    ]);
  });

  it('has unique column names per table and sheet names Excel accepts', () => {
    for (const table of [...exportTables, codebookTable]) {
      const names = table.columns.map((c) => c.name);
      expect(new Set(names).size, table.name).toBe(names.length);
      for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(table.sheet.length).toBeLessThanOrEqual(31);
      expect(table.sheet).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(new Set([...exportTables, codebookTable].map((t) => t.sheet)).size).toBe(exportTables.length + 1);
  });

  it('names pupils only by code and staff only by role', () => {
    const pupilColumns = rows.filter((r) => /pupil/.test(r.column));
    expect(pupilColumns.map((r) => r.type)).toEqual(pupilColumns.map(() => 'leerlingcode'));
    for (const row of rows) expect(row.column).not.toMatch(/alias|name_of|email|author_name|author_id|user/);
    expect(allowedValues({ name: 'x', label: 'x', type: 'pupilCode', value: () => null })).toMatch(/P-7K3Q/);
  });
});
