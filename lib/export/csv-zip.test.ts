import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../tests/support/csv';
import { csvZipStream } from './csv-zip';
import { fakeSheet, readAll } from './stream-test-helpers';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('CSV zip', () => {
  it('holds one CSV file per sheet, each with a BOM, CRLF records and quoted fields', async () => {
    const zip = await readAll(
      csvZipStream([
        fakeSheet('plans', 'Lessen', ['class_name', 'lesson_number'], [[['Groep Zon', 1]], [['Klas "2B", VSO', 2]]]),
        fakeSheet('codebook', 'Codeboek', ['table', 'column'], [[['plans', 'class_name']]]),
      ]),
    );
    expect([...zip.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['plans.csv', 'codebook.csv']);
    const plans = decode(files['plans.csv']!);
    expect(plans).toBe('\uFEFFclass_name,lesson_number\r\nGroep Zon,1\r\n"Klas ""2B"", VSO",2\r\n');
    expect(parseCsv(plans.slice(1))).toEqual([
      ['class_name', 'lesson_number'],
      ['Groep Zon', '1'],
      ['Klas "2B", VSO', '2'],
    ]);
    expect(decode(files['codebook.csv']!)).toBe('\uFEFFtable,column\r\nplans,class_name\r\n');
  });

  it('reads the next batch only when the reader wants more, and stops reading when it cancels', async () => {
    let read = 0;
    // About 200 kB of hardly compressible text per batch: a 1 MB queue holds a handful of them.
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
    const reader = csvZipStream([sheet]).getReader();
    await reader.read();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(read).toBeGreaterThan(1);
    expect(read).toBeLessThan(20);
    await reader.cancel();
    const after = read;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(read).toBe(after);
  });
});
