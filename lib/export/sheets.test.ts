import { describe, expect, it } from 'vitest';
import { pseudonymiser } from '../pseudonym/replace-aliases';
import type { ExportTable } from './columns';
import { CLASSES_PER_BATCH, codebookSheet, dataset, rowCells, type ExportScope, type TableSource } from './sheets';
import type { ClassRow, ExportClass } from './tables/context';
import { exportTables } from './tables';

interface NoteRow extends ClassRow {
  lesson: number;
  title: string;
  note: string | null;
}

const table: ExportTable<NoteRow> = {
  name: 'notes',
  sheet: 'Notities',
  columns: [
    { name: 'class_id', label: 'Klas', type: 'id', value: (r) => r.class.id },
    { name: 'lesson', label: 'Les', type: 'integer', value: (r) => r.lesson },
    { name: 'title', label: 'Titel', type: 'text', value: (r) => r.title },
    { name: 'note', label: 'Notitie', type: 'freeText', value: (r) => r.note },
  ],
};

const classes: ExportClass[] = Array.from({ length: CLASSES_PER_BATCH * 2 + 3 }, (_, i) => ({
  id: `c${String(i).padStart(3, '0')}`,
  name: `Klas ${i}`,
  schoolYear: '2026-2027',
  school: { id: 's1', name: 'School', kind: 'SO' },
}));

describe('rows to cells', () => {
  it('pseudonymises free text only, with the class pseudonymiser', () => {
    const replace = pseudonymiser([{ alias: 'Sem', code: 'P-SEM1' }]);
    const row: NoteRow = { class: classes[0]!, lesson: 2, title: 'Sem', note: 'sem en SEM, Semmy niet' };
    expect(rowCells(table, row, replace)).toEqual(['c000', 2, 'Sem', 'P-SEM1 en P-SEM1, Semmy niet']);
    expect(rowCells(table, { ...row, note: null }, replace)).toEqual(['c000', 2, 'Sem', null]);
  });
});

describe('a dataset', () => {
  // Each class has two rows, lessons 2 and 1; the source returns them in the wrong order.
  const reads: string[][] = [];
  const source: TableSource<NoteRow> = {
    async read(batch) {
      reads.push([...batch.keys()]);
      return [...batch.values()].reverse().flatMap((c) => [2, 1].map((lesson) => ({ class: c, lesson, title: 't', note: `Noor in ${c.id}` })));
    },
    order: (row) => [row.lesson],
    count: async (ids) => ids.length * 2,
  };
  const scope: ExportScope = { classes, pseudonymiserOf: (classId) => (text) => text.replace('Noor', `code-${classId}`) };

  it('reads the scope a bounded batch of classes at a time, in the scope order by class then lesson', async () => {
    const sheet = dataset(table, source).sheet(scope);
    expect(sheet.header).toEqual(['class_id', 'lesson', 'title', 'note']);
    const batches = [];
    for await (const batch of sheet.batches()) batches.push(batch);
    expect(reads.map((r) => r.length)).toEqual([CLASSES_PER_BATCH, CLASSES_PER_BATCH, 3]);
    const rows = batches.flat();
    expect(rows.map((r) => `${r[0]}:${r[1]}`)).toEqual(classes.flatMap((c) => [`${c.id}:1`, `${c.id}:2`]));
    expect(rows[0]?.[3]).toBe('code-c000 in c000');
    expect(await dataset(table, source).count(scope)).toBe(classes.length * 2);
    expect(await dataset(table, source).count({ ...scope, classes: [] })).toBe(0);
  });
});

describe('the codebook sheet', () => {
  it('has one row per column, with the codebook header', async () => {
    const sheet = codebookSheet(exportTables);
    expect(sheet).toMatchObject({ name: 'codebook', sheet: 'Codeboek', header: ['table', 'sheet', 'column', 'label', 'type', 'allowed_values'] });
    const rows = [];
    for await (const batch of sheet.batches()) rows.push(...batch);
    expect(rows).toHaveLength(exportTables.reduce((n, t) => n + t.columns.length, 0) + 6);
  });
});
