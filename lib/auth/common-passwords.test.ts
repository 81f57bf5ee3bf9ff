import { describe, expect, it } from 'vitest';
import { commonPasswordCount, isCommonPassword } from './common-passwords';
import { setPasswordSchema } from './set-password-schema';

const token = 'A'.repeat(43);
const errorsFor = (password: string, repeatPassword = password) => {
  const result = setPasswordSchema.safeParse({ token, password, repeatPassword });
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('common passwords', () => {
  it('holds a few hundred, including Dutch favourites', () => {
    expect(commonPasswordCount).toBeGreaterThan(300);
    expect(isCommonPassword('wachtwoord123')).toBe(true);
    expect(isCommonPassword('welkom123456')).toBe(true);
  });

  it('compares lower-cased', () => {
    expect(isCommonPassword('WachtWoord123')).toBe(true);
    expect(isCommonPassword('Password123456')).toBe(true);
  });

  it('lets an ordinary passphrase through', () => {
    expect(isCommonPassword('fiets onder de lindeboom')).toBe(false);
  });
});

describe('setPasswordSchema', () => {
  it('wants at least 12 characters, not a common password, typed twice the same', () => {
    expect(errorsFor('kort')).toEqual(['auth.passwordTooShort']);
    expect(errorsFor('elf tekens!')).toEqual(['auth.passwordTooShort']);
    expect(errorsFor('Welkom123456')).toEqual(['auth.passwordCommon']);
    expect(errorsFor('fiets onder de lindeboom', 'fiets onder de linde')).toEqual(['auth.passwordMismatch']);
    expect(errorsFor('twaalf tekens')).toEqual([]);
  });

  it('refuses a token that cannot be one', () => {
    expect(setPasswordSchema.safeParse({ token: 'abc', password: 'fiets onder de lindeboom', repeatPassword: 'fiets onder de lindeboom' }).success).toBe(false);
  });
});
