import { describe, expect, it } from 'vitest';
import { keepAliases, pseudonymiser } from './replace-aliases';

const pupils = [
  { alias: 'Isa', code: 'P-2345' },
  { alias: 'Anna', code: 'P-AAAA' },
  { alias: 'Anna-Lies', code: 'P-BBBB' },
  { alias: 'Zoë', code: 'P-CCCC' },
  { alias: 'Jan Willem', code: 'P-DDDD' },
];

describe('pseudonymiser', () => {
  const replace = pseudonymiser(pupils);

  it('replaces every alias of the class by its code, whatever its case', () => {
    expect(replace('Isa vertelde over haar oma; daarna hielp ISA en ook isa.')).toBe('P-2345 vertelde over haar oma; daarna hielp P-2345 en ook P-2345.');
  });

  it('replaces a whole word only, and the longest alias first', () => {
    expect(replace('Isabel en Lisa niet, Anna-Lies wel, en Anna ook.')).toBe('Isabel en Lisa niet, P-BBBB wel, en P-AAAA ook.');
  });

  it('handles accents, possessives, punctuation and two-word aliases', () => {
    expect(replace("Zoë's tekening; (Zoë) en zoë. Jan Willem kwam.")).toBe("P-CCCC's tekening; (P-CCCC) en P-CCCC. P-DDDD kwam.");
    // The same letters written with a combining accent are the same name.
    expect(replace('Zoe\u0308 lachte.')).toBe('P-CCCC lachte.');
  });

  it("replaces a Dutch genitive written onto the name (\"Isas\") and keeps its sense", () => {
    expect(replace('Isas moeder belde; ISAS broer ook. Isa’s tas.')).toBe("P-2345's moeder belde; P-2345's broer ook. P-2345’s tas.");
    // An "s" that makes another word is still another word.
    expect(replace('Isasa en Isas')).toBe("Isasa en P-2345's");
  });

  it('does not treat an alias as a pattern', () => {
    expect(pseudonymiser([{ alias: 'A.B', code: 'P-EEEE' }])('A.B en AxB')).toBe('P-EEEE en AxB');
  });

  it('leaves text alone when the class has no pupils', () => {
    expect(pseudonymiser([])('Isa')).toBe('Isa');
    expect(keepAliases('Isa')).toBe('Isa');
  });
});
