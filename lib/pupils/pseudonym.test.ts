import { describe, expect, it } from 'vitest';
import { newPupilCode, pupilCodePattern } from './pseudonym';

describe('newPupilCode', () => {
  it('makes codes like P-7K3Q without look-alike characters', () => {
    for (let i = 0; i < 500; i++) {
      const code = newPupilCode();
      expect(code).toMatch(pupilCodePattern);
      expect(code).not.toMatch(/[01OIL]/);
    }
  });

  it('varies', () => {
    const codes = new Set(Array.from({ length: 200 }, newPupilCode));
    expect(codes.size).toBeGreaterThan(190);
  });
});
