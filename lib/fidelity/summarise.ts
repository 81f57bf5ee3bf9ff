/**
 * The fidelity report's arithmetic ("Uitvoering volgens plan"): how the activities of the held
 * lessons went (as planned, adapted, skipped) and how the minutes the pair planned compare with
 * the minutes the activities took. Pure: the queries hand in what the database counted.
 */
import type { ResolvedActivity } from '../plans/resolve';

export const outcomeKinds = ['AS_PLANNED', 'ADAPTED', 'SKIPPED'] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];

export interface FidelityLesson {
  lessonNumber: number;
  /** Lessons given (held date set). */
  held: number;
  /** Lessons with at least one activity's outcome recorded: the minutes compare these. */
  recorded: number;
  outcomes: Record<OutcomeKind, number>;
  /** All recorded outcomes of the lesson (the percentages' base). */
  outcomeTotal: number;
  /** Per recorded lesson, on average: the minutes planned for its included activities, and the minutes they took. */
  plannedMinutes: number | null;
  actualMinutes: number | null;
}

export interface OutcomeCount {
  lessonNumber: number;
  outcome: OutcomeKind;
  count: number;
  /** Sum of the recorded actual minutes (an outcome without minutes adds nothing). */
  actualMinutes: number;
}

/** Per lesson, over all classes in the selection. `plannedTotals` has one entry per recorded lesson. */
export function summariseLessons(
  lessonNumbers: number[],
  input: { held: { lessonNumber: number; count: number }[]; outcomes: OutcomeCount[]; plannedTotals: { lessonNumber: number; plannedMinutes: number }[] },
): FidelityLesson[] {
  return lessonNumbers.map((lessonNumber) => {
    const own = input.outcomes.filter((o) => o.lessonNumber === lessonNumber);
    const planned = input.plannedTotals.filter((p) => p.lessonNumber === lessonNumber);
    const outcomes = Object.fromEntries(outcomeKinds.map((kind) => [kind, own.filter((o) => o.outcome === kind).reduce((sum, o) => sum + o.count, 0)])) as Record<OutcomeKind, number>;
    const recorded = planned.length;
    const average = (total: number) => (recorded > 0 ? Math.round((total / recorded) * 10) / 10 : null);
    return {
      lessonNumber,
      held: input.held.filter((h) => h.lessonNumber === lessonNumber).reduce((sum, h) => sum + h.count, 0),
      recorded,
      outcomes,
      outcomeTotal: outcomeKinds.reduce((sum, kind) => sum + outcomes[kind], 0),
      plannedMinutes: average(planned.reduce((sum, p) => sum + p.plannedMinutes, 0)),
      actualMinutes: average(own.reduce((sum, o) => sum + o.actualMinutes, 0)),
    };
  });
}

/** A count's share of a total as a fraction 0–1, or null when there is nothing to share. */
export function share(count: number, total: number): number | null {
  return total > 0 ? count / total : null;
}

export interface ActivityFidelity {
  number: number;
  title: string;
  /** False when the pair left the activity out of their plan. */
  included: boolean;
  plannedMinutes: number | null;
  outcome: OutcomeKind | null;
  actualMinutes: number | null;
}

export interface LessonFidelity {
  lessonNumber: number;
  heldOn: string | null;
  activities: ActivityFidelity[];
  outcomes: Record<OutcomeKind, number>;
  plannedMinutes: number;
  actualMinutes: number;
}

/** One class's lesson, activity by activity: the plan (as resolvePlan reads it) beside what was recorded. */
export function lessonFidelity(
  lessonNumber: number,
  heldOn: string | null,
  planned: Pick<ResolvedActivity, 'number' | 'title' | 'included' | 'minutes'>[],
  recorded: { activityNumber: number; outcome: OutcomeKind; actualMinutes: number | null }[],
): LessonFidelity {
  const activities = planned.map((a): ActivityFidelity => {
    const outcome = recorded.find((r) => r.activityNumber === a.number) ?? null;
    return {
      number: a.number,
      title: a.title,
      included: a.included,
      plannedMinutes: a.included ? a.minutes : null,
      outcome: outcome?.outcome ?? null,
      actualMinutes: outcome?.actualMinutes ?? null,
    };
  });
  return {
    lessonNumber,
    heldOn,
    activities,
    outcomes: Object.fromEntries(outcomeKinds.map((kind) => [kind, activities.filter((a) => a.outcome === kind).length])) as Record<OutcomeKind, number>,
    plannedMinutes: activities.reduce((sum, a) => sum + (a.plannedMinutes ?? 0), 0),
    actualMinutes: activities.reduce((sum, a) => sum + (a.actualMinutes ?? 0), 0),
  };
}
