import 'server-only';
import { readFields } from '../collab/store';
import { resolvePlan, type ResolvedPlan } from '../plans/resolve';
import { getLesson } from '../programme';

/** The plan as the pair prepared it (activities with their choices), read through resolvePlan. */
export async function plannedLesson(planId: string, lessonNumber: number, pupilIds: string[] = []): Promise<ResolvedPlan | null> {
  const lesson = getLesson(lessonNumber);
  if (!lesson) return null;
  return resolvePlan(lesson, await readFields('PLAN', planId), pupilIds);
}

/** The numbers of the activities the plan includes, in order: the run walks through these. */
export function plannedActivityNumbers(plan: ResolvedPlan): number[] {
  return plan.activities.filter((a) => a.included).map((a) => a.number);
}
