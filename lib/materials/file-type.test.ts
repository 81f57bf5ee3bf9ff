import { describe, expect, it } from 'vitest';
import { sniffFileType, zipEntryNames } from './file-type';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? Array.from(part, (c) => c.charCodeAt(0)) : part)));

/** A stored (uncompressed) zip with these entries, laid out as zip tools write it. */
function zip(names: string[]): Uint8Array {
  const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
  const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
  const local: number[] = [];
  const central: number[] = [];
  for (const name of names) {
    const nameBytes = Array.from(new TextEncoder().encode(name));
    const content = Array.from(new TextEncoder().encode('<xml/>'));
    const offset = local.length;
    local.push(...[0x50, 0x4b, 0x03, 0x04], ...u16(20), ...u16(0), ...u16(0), ...u32(0), ...u32(0), ...u32(content.length), ...u32(content.length), ...u16(nameBytes.length), ...u16(0), ...nameBytes, ...content);
    central.push(...[0x50, 0x4b, 0x01, 0x02], ...u16(20), ...u16(20), ...u16(0), ...u16(0), ...u32(0), ...u32(0), ...u32(content.length), ...u32(content.length), ...u16(nameBytes.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...nameBytes);
  }
  const end = [0x50, 0x4b, 0x05, 0x06, ...u16(0), ...u16(0), ...u16(names.length), ...u16(names.length), ...u32(central.length), ...u32(local.length), ...u16(0)];
  return new Uint8Array([...local, ...central, ...end]);
}

const docxEntries = ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml'];

describe('sniffFileType', () => {
  it('recognises a Word document by its zip entries', () => {
    expect(sniffFileType(zip(docxEntries))?.kind).toBe('docx');
    expect(sniffFileType(zip(docxEntries))?.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('refuses a zip that is not a Word document, and a macro-enabled one', () => {
    expect(sniffFileType(zip(['xl/workbook.xml', '[Content_Types].xml']))).toBeNull();
    expect(sniffFileType(zip(['word/document.xml', 'word/vbaProject.bin']))).toBeNull();
  });

  it('refuses a truncated zip whose central directory is missing', () => {
    const whole = zip(docxEntries);
    expect(sniffFileType(whole.subarray(0, 60))).toBeNull();
  });

  it('recognises PDF, PNG, JPEG, GIF and WebP by their signatures', () => {
    expect(sniffFileType(bytes('%PDF-1.7\n%âãÏÓ\n'))?.contentType).toBe('application/pdf');
    expect(sniffFileType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))?.contentType).toBe('image/png');
    expect(sniffFileType(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16]))?.contentType).toBe('image/jpeg');
    expect(sniffFileType(bytes('GIF89a', [1, 0, 1, 0]))?.contentType).toBe('image/gif');
    expect(sniffFileType(bytes('GIF87a', [1, 0, 1, 0]))?.kind).toBe('gif');
    expect(sniffFileType(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '))?.contentType).toBe('image/webp');
  });

  it('refuses a program renamed to a document (content decides, not the name)', () => {
    expect(sniffFileType(bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0], 'This program cannot be run in DOS mode'))).toBeNull();
    expect(sniffFileType(bytes([0x7f], 'ELF', [2, 1, 1, 0]))).toBeNull();
  });

  it('refuses other RIFF files, HTML and plain text', () => {
    expect(sniffFileType(bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '))).toBeNull();
    expect(sniffFileType(bytes('<!doctype html><script>alert(1)</script>'))).toBeNull();
    expect(sniffFileType(bytes('gewoon wat tekst'))).toBeNull();
  });

  it('refuses an empty file and files too short to carry a signature', () => {
    expect(sniffFileType(new Uint8Array())).toBeNull();
    expect(sniffFileType(bytes('%PD'))).toBeNull();
    expect(sniffFileType(bytes([0x89, 0x50, 0x4e]))).toBeNull();
    expect(sniffFileType(bytes([0xff, 0xd8]))).toBeNull();
    expect(sniffFileType(bytes('PK', [3, 4]))).toBeNull();
    expect(sniffFileType(bytes('RIFF', [0, 0, 0, 0], 'WEB'))).toBeNull();
  });

  it('reads a signature at the start of a view into a larger buffer', () => {
    const buffer = bytes('xxxx%PDF-1.4');
    expect(sniffFileType(buffer.subarray(4))?.kind).toBe('pdf');
    expect(sniffFileType(buffer)).toBeNull();
  });
});

describe('zipEntryNames', () => {
  it('lists the entries of a zip in order', () => {
    expect(zipEntryNames(zip(docxEntries))).toEqual(docxEntries);
  });

  it('returns null for bytes that are not a zip', () => {
    expect(zipEntryNames(bytes('%PDF-1.7'))).toBeNull();
  });
});
