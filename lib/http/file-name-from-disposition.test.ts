import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './content-disposition';
import { fileNameFromDisposition } from './file-name-from-disposition';

describe('file name from Content-Disposition', () => {
  it('reads back what attachmentDisposition writes, also beyond ASCII', () => {
    for (const name of ['bouwen-aan-vertrouwen-export-2026-11-25.xlsx', 'certificaten Groep Zoë (2).pdf']) {
      expect(fileNameFromDisposition(attachmentDisposition(name))).toBe(name);
    }
  });

  it('takes the plain filename when there is no extended one', () => {
    expect(fileNameFromDisposition('attachment; filename="export.zip"')).toBe('export.zip');
    expect(fileNameFromDisposition('attachment; filename=export.zip')).toBe('export.zip');
  });

  it('keeps only the base name and gives null without a name', () => {
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(fileNameFromDisposition('attachment')).toBeNull();
    expect(fileNameFromDisposition(null)).toBeNull();
  });
});
