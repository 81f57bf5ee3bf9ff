import { z } from 'zod';
import { idSchema } from '../schema-parts';

/**
 * A pupil code such as "P-7K3Q". The same pattern as lib/pupils/pseudonym.ts, repeated here
 * because that module uses node:crypto and this schema also runs in the browser
 * (schema.test.ts keeps the two equal).
 */
export const pupilCodeInputPattern = /^P-[2-9A-HJKMNP-Z]{4}$/;

/** Moves a pupil, known to the admin only by code, to another class of the same school. */
export const movePupilSchema = z.object({
  code: z.string({ error: 'admin.pupils.codeFormat' }).trim().toUpperCase().regex(pupilCodeInputPattern, { message: 'admin.pupils.codeFormat' }),
  classId: idSchema,
});

export type MovePupilInput = z.input<typeof movePupilSchema>;
