import { describe, expect, it } from 'vitest';
import { isPairSignedOff } from './sign-off';

describe('isPairSignedOff', () => {
  it('needs both a teacher and a care worker', () => {
    expect(isPairSignedOff([])).toBe(false);
    expect(isPairSignedOff(['TEACHER'])).toBe(false);
    expect(isPairSignedOff(['CARE_WORKER', 'CARE_WORKER'])).toBe(false);
    expect(isPairSignedOff(['CARE_WORKER', 'TEACHER'])).toBe(true);
  });
});
