import { z } from 'zod';

/**
 * Building blocks of the pupil-data forms (pupils, homework, learning goals, problem box).
 * They run in the browser (the form) and on the server (the action), so they import nothing
 * server-only. Messages are keys in messages/nl/pupils.json, translated where they are shown.
 */

/** A record id (cuid). */
export const idSchema = z.string({ error: 'pupils.errors.choose' }).regex(/^[a-z0-9]{1,40}$/i, { message: 'pupils.errors.choose' });

// PostgreSQL refuses NUL in text, and no other control character belongs in what people type here
// (tabs and line breaks do).
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function requiredText(max: number) {
  return z
    .string({ error: 'pupils.errors.required' })
    .trim()
    .min(1, { message: 'pupils.errors.required' })
    .max(max, { message: 'pupils.errors.tooLong' })
    .refine((text) => !CONTROL_CHARACTERS.test(text), { message: 'pupils.errors.characters' });
}

export function optionalText(max: number) {
  return z
    .string({ error: 'pupils.errors.invalid' })
    .trim()
    .max(max, { message: 'pupils.errors.tooLong' })
    .refine((text) => !CONTROL_CHARACTERS.test(text), { message: 'pupils.errors.characters' });
}

/** Limits, also given to the inputs as maxLength so nobody types past them. */
export const ALIAS_MAX = 40;
export const SHORT_TEXT_MAX = 120;
export const LONG_TEXT_MAX = 2000;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today in Europe/Amsterdam as 'YYYY-MM-DD'. lib/programme/homework-due.ts has the same for Dates,
 * but importing it would ship the whole programme text to the browser with this schema.
 */
export function todayIso(now: Date = new Date()): string {
  return amsterdamDay.format(now);
}

/** A calendar day that has happened: a sheet returned or a step done cannot be in the future. */
export const pastDateSchema = z
  .string({ error: 'pupils.errors.date' })
  .regex(ISO_DATE, { message: 'pupils.errors.date' })
  .refine(isRealDate, { message: 'pupils.errors.date' })
  .refine((iso) => iso >= '2000-01-01' && iso <= todayIso(), { message: 'pupils.errors.dateInFuture' });

/**
 * The version of what the form was based on (lib/pupils/version.ts), sent back so a save over
 * someone else's newer change is refused instead of silently overwriting it.
 */
export const versionSchema = z.string({ error: 'pupils.errors.invalid' }).max(64, { message: 'pupils.errors.invalid' });
