import { z } from 'zod';
import { checkPlan, type Confirmations } from './teppc';
import { FEEDBACK_SOURCES, type FeedbackSource } from './schema';

/*
 * The learning goal's JSON columns, read defensively: anything unexpected reads as empty rather
 * than breaking the page.
 */

const flag = z.boolean().catch(false);
const storedCriteriaSchema = z.object({ testable: flag, ecological: flag, positive: flag, personal: flag, context: flag, planReady: flag });

const noConfirmations: Confirmations = { testable: false, ecological: false, positive: false, personal: false, context: false };

/** The pair's confirmations per criterion, and whether they marked the plan ready. */
export function readCriteria(json: unknown): Confirmations & { planReady: boolean } {
  const parsed = storedCriteriaSchema.safeParse(json);
  return parsed.success ? parsed.data : { ...noConfirmations, planReady: false };
}

export function readFeedback(json: unknown): Record<FeedbackSource, string> {
  const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  return Object.fromEntries(
    FEEDBACK_SOURCES.map((key) => {
      const value = record[key];
      return [key, typeof value === 'string' ? value : ''];
    }),
  ) as Record<FeedbackSource, string>;
}

export type PlanStatus = 'none' | 'draft' | 'ready';

/**
 * "Plan klaar" only while the pair marked it so and it still passes all five checks; a plan with
 * any text is otherwise a draft.
 */
export function planStatus(plan: { planWhat: string | null; planWhen: string | null; planHow: string | null }, criteria: unknown): PlanStatus {
  const stored = readCriteria(criteria);
  const text = { planWhat: plan.planWhat ?? '', planWhen: plan.planWhen ?? '' };
  if (stored.planReady && checkPlan(text, stored).allPassed) return 'ready';
  return plan.planWhat || plan.planWhen || plan.planHow ? 'draft' : 'none';
}
