import 'server-only';
import { db } from '../db';
import type { PlanStatus } from './plan-access';
import type { OutcomeKind } from './schema';

export interface RecordedOutcome {
  outcome: OutcomeKind;
  actualMinutes: number | null;
}

/**
 * The RUN document's meta: the plan's status and what was recorded per activity. Outcome notes are
 * left out on purpose: the classroom display follows this document, and a note may name a pupil.
 */
export interface RunMeta {
  status: PlanStatus;
  outcomes: Record<string, RecordedOutcome>;
  [key: string]: unknown;
}

export async function runMeta(planId: string): Promise<RunMeta> {
  const plan = await db.lessonPlan.findUniqueOrThrow({
    where: { id: planId },
    select: { status: true, outcomes: { select: { activityNumber: true, outcome: true, actualMinutes: true } } },
  });
  return {
    status: plan.status,
    outcomes: Object.fromEntries(plan.outcomes.map((o) => [String(o.activityNumber), { outcome: o.outcome, actualMinutes: o.actualMinutes }])),
  };
}
