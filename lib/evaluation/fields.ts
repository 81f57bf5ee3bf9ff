/**
 * The evaluation draft's fields, registered for the shared-document mechanism: one text per
 * question part (question 1: A–C, question 2: three behaviours) and one per open question.
 */
import type { FieldSpec } from '../collab/types';
import { programme } from '../programme';
import { freeText } from '../free-text';
import { answerKey } from './keys';

export const MAX_ANSWER = 4000;

export const evaluationQuestions = programme.evaluation.questions;

/** Every key the draft may hold, e.g. "stressActions.a", "trustBehaviours.b1", "pupilExample". */
export const evaluationKeys: string[] = evaluationQuestions.flatMap((q) => (q.parts.length > 0 ? q.parts.map((p) => answerKey(q.key, p.key)) : [q.key]));

const escape = (key: string) => key.replace(/[.]/g, '\\.');

export const evaluationFieldSpecs: FieldSpec[] = [
  {
    pattern: new RegExp(`^(?:${evaluationKeys.map(escape).join('|')})$`),
    schema: freeText(MAX_ANSWER),
  },
];
