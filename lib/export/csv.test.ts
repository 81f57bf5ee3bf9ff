import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv } from '../../tests/support/csv';
import { CRLF, UTF8_BOM, csvField, csvRecord } from './csv';

describe('CSV (RFC 4180)', () => {
  it('leaves plain fields alone and writes empty cells as nothing', () => {
    expect(csvRecord(['Groep Zon', 3, null, 'Zoë'])).toBe('Groep Zon,3,,Zoë\r\n');
  });

  it('quotes a field with a quote, comma, CR or LF, and doubles its quotes', () => {
    expect(csvField('zei "nee"')).toBe('"zei ""nee"""');
    expect(csvField('rustig, daarna')).toBe('"rustig, daarna"');
    expect(csvField('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvField('regel 1\r\nregel 2')).toBe('"regel 1\r\nregel 2"');
    expect(csvField('alleen\r')).toBe('"alleen\r"');
  });

  it('ends every record with CRLF and starts a file with the UTF-8 byte order mark', () => {
    expect(CRLF).toBe('\r\n');
    expect(new TextEncoder().encode(UTF8_BOM)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('reads back exactly what it wrote, whatever the text', () => {
    const cell = fc.oneof(fc.string({ unit: fc.constantFrom('a', 'ë', ' ', ',', '"', '\r', '\n', '\r\n', ';', "'") }), fc.integer());
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map((r) => csvRecord(r)).join('');
        expect(parseCsv(text)).toEqual(rows.map((r) => r.map(String)));
      }),
    );
  });
});
