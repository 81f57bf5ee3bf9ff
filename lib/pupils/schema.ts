import { z } from 'zod';
import { ALIAS_MAX, LONG_TEXT_MAX, SHORT_TEXT_MAX, idSchema, optionalText, requiredText, versionSchema } from './schema-parts';

/**
 * The pupil forms' schemas, shared by the form (client) and the action (server). By design a
 * pupil is a first name or nickname only: there is no field for a surname, birth date or address.
 */

export const aliasSchema = requiredText(ALIAS_MAX);

export const addPupilSchema = z.object({ alias: aliasSchema });
export type AddPupilInput = z.input<typeof addPupilSchema>;

export const renamePupilSchema = z.object({ pupilId: idSchema, alias: aliasSchema });
export type RenamePupilInput = z.input<typeof renamePupilSchema>;

export const markPupilLeftSchema = z.object({ pupilId: idSchema });
export type MarkPupilLeftInput = z.input<typeof markPupilLeftSchema>;

/** Pairs two pupils as each other's buddy; an empty buddyId ends the pupil's pairing. */
export const setBuddySchema = z
  .object({ pupilId: idSchema, buddyId: z.union([z.literal(''), idSchema]) })
  .refine((input) => input.pupilId !== input.buddyId, { message: 'pupils.errors.ownBuddy', path: ['buddyId'] });
export type SetBuddyInput = z.input<typeof setBuddySchema>;

/** The pupil's self-chosen mentor at home: who (e.g. "oma"), how to reach them, a note. */
export const mentorSchema = z.object({
  pupilId: idSchema,
  who: requiredText(SHORT_TEXT_MAX),
  contact: optionalText(SHORT_TEXT_MAX),
  note: optionalText(LONG_TEXT_MAX),
  version: versionSchema,
});
export type MentorInput = z.input<typeof mentorSchema>;
