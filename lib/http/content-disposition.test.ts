import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './content-disposition';

describe('attachmentDisposition', () => {
  it('gives an ASCII name as is, in both forms', () => {
    expect(attachmentDisposition('Waar kom jij vandaan.pdf')).toBe(`attachment; filename="Waar kom jij vandaan.pdf"; filename*=UTF-8''Waar%20kom%20jij%20vandaan.pdf`);
  });

  it('encodes a non-ASCII name per RFC 5987 and gives an ASCII fallback', () => {
    expect(attachmentDisposition('Coördinatie “mentor”.docx')).toBe(
      `attachment; filename="Coordinatie _mentor_.docx"; filename*=UTF-8''Co%C3%B6rdinatie%20%E2%80%9Cmentor%E2%80%9D.docx`,
    );
  });

  it('cannot be broken out of by quotes, backslashes or apostrophes', () => {
    const header = attachmentDisposition(`a"b\\c'd(e).pdf`);
    expect(header).toBe(`attachment; filename="a_b_c'd(e).pdf"; filename*=UTF-8''a%22b%5Cc%27d%28e%29.pdf`);
  });
});
