import { programme } from '../programme';
import { recordId } from '../record-id';
import { z } from '../zod';
import { freeText } from '../free-text';

const id = recordId;

/** "Indienen" and taking one's confirmation back name only the evaluation. */
export const evaluationRefSchema = z.object({ evaluationId: id });

export const MAX_AMENDMENT = 4000;

const questionKeys = programme.evaluation.questions.map((q) => q.key) as [string, ...string[]];

/** A later addition to a submitted evaluation, about one question or ("general") the whole form. */
export const amendmentSchema = z.object({
  evaluationId: id,
  questionKey: z.enum([...questionKeys, 'general'], { message: 'Kies bij welke vraag de aanvulling hoort.' }),
  text: freeText(MAX_AMENDMENT, { required: 'Schrijf de aanvulling.' }),
});
export type AmendmentInput = z.input<typeof amendmentSchema>;
