/**
 * Where the programme-wide texts belong, as the source places them: the evaluation form is
 * written out under lessons 1–7 (lesson 8 ends the series with a celebration, not a form),
 * the TEPPC goal criteria are part of lesson 5, the definition of trust of lesson 7, and the
 * celebration items of lesson 8.
 */
export const GOAL_CRITERIA_LESSON = 5;
export const TRUST_DEFINITION_LESSON = 7;
export const CELEBRATION_LESSON = 8;

export function hasEvaluationForm(lessonNumber: number): boolean {
  return lessonNumber >= 1 && lessonNumber <= 7;
}
