/** The 45-minute budget of a lesson ("in totaal 45 minuten per les"). */
import { LESSON_BUDGET_MINUTES } from '../programme';

export interface PlannedActivity {
  included: boolean;
  minutes: number | null;
}

export function plannedTotal(activities: PlannedActivity[]): number {
  return activities.reduce((sum, a) => sum + (a.included && a.minutes ? a.minutes : 0), 0);
}

export function budgetState(total: number): { total: number; budget: number; over: number; remaining: number } {
  return {
    total,
    budget: LESSON_BUDGET_MINUTES,
    over: Math.max(0, total - LESSON_BUDGET_MINUTES),
    remaining: Math.max(0, LESSON_BUDGET_MINUTES - total),
  };
}
