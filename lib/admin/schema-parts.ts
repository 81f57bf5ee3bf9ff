import { z } from 'zod';

/**
 * Building blocks of the admin forms' schemas. Messages are keys in messages/nl (forms.json,
 * admin.json), translated where they are shown. The schemas run in the browser (the form) and
 * on the server (the action), so they import nothing server-only, and they must accept their
 * own output again (no type-changing transforms).
 */

/** A record id (cuid). An empty value means nothing was chosen. */
export const idSchema = z.string({ error: 'forms.errors.choose' }).regex(/^[a-z0-9]{1,40}$/i, { message: 'forms.errors.choose' });

// PostgreSQL refuses NUL in text, and no other control character belongs in a name or a city.
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F]/;

export function requiredText(max: number) {
  return z
    .string({ error: 'forms.errors.required' })
    .trim()
    .min(1, { message: 'forms.errors.required' })
    .max(max, { message: 'forms.errors.tooLong' })
    .refine((text) => !CONTROL_CHARACTERS.test(text), { message: 'forms.errors.characters' });
}

export function optionalText(max: number) {
  return z
    .string({ error: 'forms.errors.invalid' })
    .trim()
    .max(max, { message: 'forms.errors.tooLong' })
    .refine((text) => !CONTROL_CHARACTERS.test(text), { message: 'forms.errors.characters' });
}

export const emailSchema = z
  .string({ error: 'forms.errors.email' })
  .trim()
  .toLowerCase()
  .min(1, { message: 'forms.errors.required' })
  .max(254, { message: 'forms.errors.tooLong' })
  .email({ message: 'forms.errors.email' });
