import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fakeSheet, readAll } from './stream-test-helpers';
import { xlsxStream } from './xlsx';

describe('XLSX workbook', () => {
  it('has a sheet per table with a frozen header row and the values as written', async () => {
    const bytes = await readAll(
      xlsxStream([
        fakeSheet('plans', 'Lessen', ['class_name', 'lesson_number', 'note'], [[['Groep Zon', 1, null]], [['Klas 2B', 2, 'regel 1\nregel "2" <b>']]]),
        fakeSheet('codebook', 'Codeboek', ['table', 'column'], [[['plans', 'class_name']]]),
      ]),
    );
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Lessen', 'Codeboek']);
    const sheet = workbook.getWorksheet('Lessen')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'class_name', 'lesson_number', 'note']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(2).values).toEqual([undefined, 'Groep Zon', 1]);
    expect(sheet.getCell('C3').value).toBe('regel 1\nregel "2" <b>');
    expect(sheet.getCell('B3').value).toBe(2);
    expect(sheet.rowCount).toBe(3);
  });

  it('reads the next batch only when the reader wants more, and stops reading when it cancels', async () => {
    let read = 0;
    // About 200 kB of hardly compressible text per batch: the queues hold a handful of them.
    const noise = () => Array.from({ length: 20_000 }, () => Math.random().toString(36).slice(2, 12)).join('');
    const sheet = {
      ...fakeSheet('t', 'T', ['text'], []),
      async *batches() {
        for (let i = 0; i < 200; i++) {
          read++;
          yield [[noise()]];
        }
      },
    };
    const reader = xlsxStream([sheet]).getReader();
    await reader.read();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(read).toBeGreaterThan(1);
    expect(read).toBeLessThan(30);
    await reader.cancel();
    const after = read;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(read).toBe(after);
  });
});
