import { describe, expect, it } from 'vitest';
import { newPupilCode, pupilCodePattern } from '../../pupils/pseudonym';
import { movePupilSchema, pupilCodeInputPattern } from './schema';

describe('movePupilSchema', () => {
  it('uses the same code pattern as the pseudonym generator', () => {
    expect(pupilCodeInputPattern.source).toBe(pupilCodePattern.source);
    for (let i = 0; i < 50; i++) expect(pupilCodeInputPattern.test(newPupilCode())).toBe(true);
  });

  it('accepts a code typed in lower case or with spaces', () => {
    expect(movePupilSchema.parse({ code: ' p-7k3q ', classId: 'abc' })).toEqual({ code: 'P-7K3Q', classId: 'abc' });
  });
});
