/**
 * The keys of the evaluation draft's shared fields: "stressActions.a" for a part of a question,
 * "pupilExample" for an open question. Kept free of the programme's text so client code can use it.
 */
export function answerKey(questionKey: string, partKey: string): string {
  return partKey ? `${questionKey}.${partKey}` : questionKey;
}
