import { z } from './zod';

const NO_NUL = /^[^\u0000]*$/;

/**
 * A free text a user writes (plan notes, evaluation answers, logbooks, conversations, lesson 8): at most `max`
 * characters, and no NUL character, which PostgreSQL cannot store (it would fail the write
 * instead of giving the form a message).
 */
export function freeText(max: number, { required }: { required?: string } = {}) {
  const base = z.string({ message: required ?? 'Vul tekst in.' });
  const trimmed = required ? base.trim().min(1, { message: required }) : base;
  return trimmed.max(max, { message: `Maximaal ${max} tekens.` }).regex(NO_NUL, { message: 'De tekst bevat een ongeldig teken.' });
}
