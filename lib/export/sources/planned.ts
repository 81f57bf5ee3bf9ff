import 'server-only';
import { db } from '../../db';
import type { FieldState } from '../../collab/types';
import { resolvePlan, type ResolvedPlan } from '../../plans/resolve';
import { getLesson } from '../../programme';

/**
 * The plans as the pairs prepared them: per activity whether it is included and its planned
 * minutes (the pair's, else the programme's), read the same way as the plan views (resolvePlan).
 * One query for the whole batch, only the fields that matter here.
 */
export async function plannedLessons(plans: readonly { id: string; lessonNumber: number }[]): Promise<Map<string, ResolvedPlan>> {
  const fields =
    plans.length === 0
      ? []
      : await db.sharedField.findMany({
          where: { documentKind: 'PLAN', documentId: { in: plans.map((p) => p.id) }, OR: [{ key: { endsWith: '.minutes' } }, { key: { endsWith: '.included' } }] },
          select: { documentId: true, key: true, value: true, version: true },
        });
  const byPlan = new Map<string, Record<string, FieldState>>();
  for (const field of fields) {
    const states = byPlan.get(field.documentId) ?? {};
    const value = (field.value as { v?: FieldState['value'] } | null)?.v ?? null;
    states[field.key] = { value, version: field.version, updatedBy: null, updatedAt: null };
    byPlan.set(field.documentId, states);
  }
  const resolved = new Map<string, ResolvedPlan>();
  for (const plan of plans) {
    const lesson = getLesson(plan.lessonNumber);
    if (lesson) resolved.set(plan.id, resolvePlan(lesson, byPlan.get(plan.id) ?? {}));
  }
  return resolved;
}
