import { describe, expect, it } from 'vitest';
import { fileSizeParts } from './file-size';

describe('fileSizeParts', () => {
  it('shows small files in kilobytes, never as zero', () => {
    expect(fileSizeParts(2048)).toEqual({ unit: 'kilobytes', size: 2 });
    expect(fileSizeParts(10)).toEqual({ unit: 'kilobytes', size: 0.1 });
  });

  it('shows files from one megabyte in megabytes', () => {
    expect(fileSizeParts(1024 * 1024)).toEqual({ unit: 'megabytes', size: 1 });
    expect(fileSizeParts(20 * 1024 * 1024)).toEqual({ unit: 'megabytes', size: 20 });
  });
});
