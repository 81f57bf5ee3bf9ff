/**
 * How long a lesson takes according to the source. The source gives minutes for few or no
 * activities ("Zorg zelf voor een tijdsindicatie per activiteit"): the pair plans the rest
 * against the 45-minute budget, so a total is only a total when every activity has one.
 */
export type LessonTiming =
  | { kind: 'fixed'; minutes: number }
  | { kind: 'partial'; minutes: number }
  | { kind: 'selfPlanned' };

export function lessonTiming(activities: readonly { minutes: number | null }[]): LessonTiming {
  const given = activities.flatMap((activity) => (activity.minutes === null ? [] : [activity.minutes]));
  if (given.length === 0) return { kind: 'selfPlanned' };
  const minutes = given.reduce((sum, m) => sum + m, 0);
  return given.length === activities.length ? { kind: 'fixed', minutes } : { kind: 'partial', minutes };
}
