/**
 * Pseudonymisation of free text for readers who may not see pupils' names (the coordinator,
 * exports): every alias of the class's pupils written in the text becomes that pupil's code.
 *
 * Matching is on whole words, ignoring case and accents' case ("isa", "ISA", "Isa's" all match
 * "Isa"), longest alias first so "Anna-Lies" is not half-replaced by "Anna". A false positive
 * (an alias that is also a word, like "Roos") costs a little readability; a false negative
 * would leak a child's name, so the matching errs on the side of replacing.
 */

export interface PupilPseudonym {
  alias: string;
  code: string;
}

export type Pseudonymise = (text: string) => string;

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The identity: for readers who see aliases anyway. */
export const keepAliases: Pseudonymise = (text) => text;

export function pseudonymiser(pupils: readonly PupilPseudonym[]): Pseudonymise {
  const byAlias = new Map<string, string>();
  for (const { alias, code } of pupils) {
    const key = alias.trim().normalize('NFC').toLocaleLowerCase('nl');
    if (key) byAlias.set(key, code);
  }
  if (byAlias.size === 0) return keepAliases;
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Letters, digits and marks on either side mean the alias is part of a longer word, except a
  // Dutch genitive "s" written straight onto the name ("Daans vader"), which becomes "P-7K3Q's".
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(${aliases.join('|')})(s?)(?![\\p{L}\\p{M}\\p{N}])`, 'giu');
  return (text) =>
    text.normalize('NFC').replace(pattern, (match, alias: string, genitive: string) => {
      const code = byAlias.get(alias.toLocaleLowerCase('nl'));
      return code === undefined ? match : genitive ? `${code}'s` : code;
    });
}
