import { programme } from '../programme';
import { z } from '../zod';

const questionKeys = programme.evaluation.questions.map((q) => q.key) as [string, ...string[]];

/** The longest search the page accepts: a few words, not a document. */
export const MAX_SEARCH = 200;

const isoDay = z.iso.date().optional().catch(undefined);

/**
 * The answers page's filters, from the URL's search parameters. Like the overview's, anything
 * unknown or malformed is ignored rather than refused: a hand-edited URL shows the page with
 * that filter off. `question` falls back to the form's first question.
 */
export const answersFilterSchema = z.object({
  question: z.enum(questionKeys).catch(questionKeys[0]).default(questionKeys[0]),
  school: z.string().max(40).optional().catch(undefined),
  kind: z.enum(['SO', 'VSO']).optional().catch(undefined),
  lesson: z.coerce.number().int().min(1).max(programme.lessons.length).optional().catch(undefined),
  /** The period, on the day the lesson was held (inclusive). */
  from: isoDay,
  to: isoDay,
  /** Full-text search; blank means no search. PostgreSQL cannot take a NUL character. */
  q: z
    .string()
    .trim()
    .max(MAX_SEARCH)
    .regex(/^[^\u0000]*$/)
    .transform((value) => value || undefined)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type AnswersFilter = z.infer<typeof answersFilterSchema>;
