import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: codes are read aloud and copied by hand in research notes.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A pupil's stable pseudonym, e.g. "P-7K3Q". Uniqueness is enforced by the database. */
export function newPupilCode(): string {
  let code = 'P-';
  for (let i = 0; i < 4; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

export const pupilCodePattern = /^P-[2-9A-HJKMNP-Z]{4}$/;
