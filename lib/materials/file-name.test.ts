import { describe, expect, it } from 'vitest';
import { sniffFileType } from './file-type';
import { storedFileName } from './file-name';

const pdf = sniffFileType(new TextEncoder().encode('%PDF-1.7'))!;
const jpeg = sniffFileType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))!;

describe('storedFileName', () => {
  it('keeps a name whose extension fits the content', () => {
    expect(storedFileName('Waar kom jij vandaan.pdf', pdf, 'les-1-bijlage-1')).toBe('Waar kom jij vandaan.pdf');
    expect(storedFileName('foto.JPEG', jpeg, 'x')).toBe('foto.JPEG');
    expect(storedFileName('foto.jpg', jpeg, 'x')).toBe('foto.jpg');
  });

  it('adds the real extension when the name claims another type', () => {
    expect(storedFileName('werkblad.exe', pdf, 'x')).toBe('werkblad.exe.pdf');
    expect(storedFileName('werkblad', pdf, 'x')).toBe('werkblad.pdf');
  });

  it('drops folder parts, control characters and leading dots', () => {
    expect(storedFileName('C:\\Users\\juf\\brief.pdf', pdf, 'x')).toBe('brief.pdf');
    expect(storedFileName('../../etc/brief.pdf', pdf, 'x')).toBe('brief.pdf');
    expect(storedFileName('brief\u0000\n.pdf', pdf, 'x')).toBe('brief.pdf');
    expect(storedFileName('.verborgen.pdf', pdf, 'x')).toBe('verborgen.pdf');
  });

  it('uses the fallback when nothing of the name is left', () => {
    expect(storedFileName('', pdf, 'les-1-bijlage-2')).toBe('les-1-bijlage-2.pdf');
    expect(storedFileName('  /  ', pdf, 'les-1-bijlage-2')).toBe('les-1-bijlage-2.pdf');
  });

  it('shortens a very long name but keeps its extension', () => {
    const name = storedFileName(`${'a'.repeat(300)}.pdf`, pdf, 'x');
    expect(name).toHaveLength(150);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});
