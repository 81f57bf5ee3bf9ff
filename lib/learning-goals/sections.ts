import { readCriteria, readFeedback } from './stored';
import type { FeedbackSource } from './schema';
import type { Confirmations } from './teppc';

/*
 * Each form's values as stored: the form's default values, and what its version is computed over
 * (lib/pupils/version.ts), so the query and the action agree on it.
 */

export interface StoredGoal {
  goal: string | null;
  whyItMatters: string | null;
  firstIdeas: string | null;
  planWhat: string | null;
  planWhen: string | null;
  planHow: string | null;
  helpers: string | null;
  motivators: string | null;
  saboteurs: string | null;
  criteria: unknown;
  feedback: unknown;
  growth: string | null;
}

const s = (value: string | null | undefined) => value ?? '';

export function mindMapValues(goal: StoredGoal | null) {
  return { goal: s(goal?.goal), whyItMatters: s(goal?.whyItMatters), firstIdeas: s(goal?.firstIdeas) };
}

export function planValues(goal: StoredGoal | null): {
  planWhat: string;
  planWhen: string;
  planHow: string;
  helpers: string;
  motivators: string;
  saboteurs: string;
  confirmations: Confirmations;
} {
  const { testable, ecological, positive, personal, context } = readCriteria(goal?.criteria);
  const confirmations = { testable, ecological, positive, personal, context };
  return {
    planWhat: s(goal?.planWhat),
    planWhen: s(goal?.planWhen),
    planHow: s(goal?.planHow),
    helpers: s(goal?.helpers),
    motivators: s(goal?.motivators),
    saboteurs: s(goal?.saboteurs),
    confirmations,
  };
}

export function reviewValues(goal: StoredGoal | null): { feedback: Record<FeedbackSource, string> } {
  return { feedback: readFeedback(goal?.feedback) };
}

export function growthValues(goal: StoredGoal | null) {
  return { growth: s(goal?.growth) };
}

export function talentsValues(talents: { talents: string[] } | null) {
  const [gold = '', silver = '', bronze = ''] = talents?.talents ?? [];
  return { gold, silver, bronze };
}

/** Empty text is stored as null, so "not filled in" has one form. */
export const orNull = (value: string) => (value === '' ? null : value);
