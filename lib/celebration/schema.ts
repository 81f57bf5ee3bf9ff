import { freeText } from '../free-text';
import { z } from '../zod';

export const MAX_CELEBRATION_TEXT = 2000;

/** A rating on the source's scale question (1–10), or empty when not asked yet. */
const rating = z
  .union([z.number(), z.null()], { message: 'Kies een cijfer van 1 tot en met 10.' })
  .refine((value) => value === null || (Number.isInteger(value) && value >= 1 && value <= 10), { message: 'Kies een cijfer van 1 tot en met 10.' });

const text = freeText(MAX_CELEBRATION_TEXT).trim();

/**
 * Lesson 8 "Vieren van succes", per pupil: the scale question now and as they recall the start,
 * what they are proudest of, how they will keep going. `version` is what the form loaded
 * ("" when nothing was stored yet), so the partner's save is never silently overwritten.
 */
export const celebrationSchema = z.object({
  pupilId: z.string().min(1).max(40),
  selfRatingNow: rating,
  selfRatingStart: rating,
  proudest: text,
  keepGoing: text,
  version: z.string().max(40),
});
export type CelebrationInput = z.input<typeof celebrationSchema>;
