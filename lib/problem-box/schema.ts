import { z } from 'zod';
import { LONG_TEXT_MAX, idSchema, optionalText, requiredText, versionSchema } from '../pupils/schema-parts';

/**
 * The problem/solution box ("Problemen/Oplossingenbus"), introduced in lesson 3: problems pupils
 * meet, anonymously if they like, and solutions found. Shared by form and action.
 */

export const problemStatuses = ['NEW', 'DISCUSSED', 'SOLVED'] as const;
/** The box exists from lesson 3 on, so it can be discussed in lessons 3 to 8. */
export const DISCUSSION_LESSONS = ['3', '4', '5', '6', '7', '8'] as const;

const entryFields = {
  problem: requiredText(LONG_TEXT_MAX),
  /** Anonymous entries link no pupil at all. */
  anonymous: z.boolean({ error: 'pupils.errors.invalid' }),
  pupilId: z.union([z.literal(''), idSchema]),
  solutions: optionalText(LONG_TEXT_MAX),
  status: z.enum(problemStatuses, { message: 'problemBox.errors.status' }),
  discussedInLesson: z.enum(['', ...DISCUSSION_LESSONS], { message: 'problemBox.errors.lesson' }),
};

function namesPupilUnlessAnonymous(entry: { anonymous: boolean; pupilId: string }): boolean {
  return entry.anonymous || entry.pupilId !== '';
}
const pupilRequired = { message: 'problemBox.errors.pupilRequired', path: ['pupilId'] };

export const problemEntrySchema = z.object(entryFields).refine(namesPupilUnlessAnonymous, pupilRequired);
export type ProblemEntryInput = z.input<typeof problemEntrySchema>;

export const updateProblemEntrySchema = z
  .object({ ...entryFields, entryId: idSchema, version: versionSchema })
  .refine(namesPupilUnlessAnonymous, pupilRequired);
export type UpdateProblemEntryInput = z.input<typeof updateProblemEntrySchema>;
