import 'server-only';
import type { CurrentUser } from '../auth/current-user';
import { db } from '../db';
import { findPupilDataClass } from '../pupils/access';
import { auditPupilDataRead } from '../pupils/audit-read';
import { versionOf } from '../pupils/version';
import { growthValues, mindMapValues, planValues, reviewValues, talentsValues } from './sections';
import { planStatus, type PlanStatus } from './stored';

export interface GoalSummary {
  pupil: { id: string; alias: string };
  goal: string | null;
  planStatus: PlanStatus;
  hasReview: boolean;
  hasGrowth: boolean;
  talents: string[];
}

/** Every active pupil's learning goal at a glance; null when not allowed. */
export async function goalsOverview(user: CurrentUser, classId: string): Promise<GoalSummary[] | null> {
  const schoolClass = await findPupilDataClass(user, classId, 'read');
  if (!schoolClass) return null;
  const pupils = await db.pupil.findMany({
    where: { classId: schoolClass.id, active: true },
    orderBy: [{ alias: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, alias: true, learningGoal: true, talents: { select: { talents: true } } },
  });
  await auditPupilDataRead(user, schoolClass.id, 'goals', { pupils: pupils.length });
  return pupils.map(({ id, alias, learningGoal: goal, talents }) => ({
    pupil: { id, alias },
    goal: goal?.goal ?? null,
    planStatus: goal ? planStatus(goal, goal.criteria) : 'none',
    hasReview: Object.values(reviewValues(goal).feedback).some((text) => text !== ''),
    hasGrowth: Boolean(goal?.growth),
    talents: talents?.talents ?? [],
  }));
}

export interface Versioned<T> {
  values: T;
  version: string;
}

function withVersion<T>(values: T): Versioned<T> {
  return { values, version: versionOf(values) };
}

export interface PupilGoalView {
  pupil: { id: string; alias: string };
  buddy: string | null;
  mentor: string | null;
  planStatus: PlanStatus;
  mindMap: Versioned<ReturnType<typeof mindMapValues>>;
  plan: Versioned<ReturnType<typeof planValues>>;
  review: Versioned<ReturnType<typeof reviewValues>>;
  growth: Versioned<ReturnType<typeof growthValues>>;
  talents: Versioned<ReturnType<typeof talentsValues>>;
}

/** One pupil's learning goal with every section's form values and version; null when not allowed or not an active pupil of the class. */
export async function pupilGoalView(user: CurrentUser, classId: string, pupilId: string): Promise<PupilGoalView | null> {
  const schoolClass = await findPupilDataClass(user, classId, 'read');
  if (!schoolClass || pupilId.length > 40) return null;
  const pupil = await db.pupil.findFirst({
    where: { id: pupilId, classId: schoolClass.id, active: true },
    select: {
      id: true,
      alias: true,
      learningGoal: true,
      talents: { select: { talents: true } },
      buddy: { select: { alias: true, active: true } },
      mentor: { select: { who: true } },
    },
  });
  if (!pupil) return null;
  await auditPupilDataRead(user, schoolClass.id, 'goal', { pupilId: pupil.id });
  const goal = pupil.learningGoal;
  return {
    pupil: { id: pupil.id, alias: pupil.alias },
    buddy: pupil.buddy?.active ? pupil.buddy.alias : null,
    mentor: pupil.mentor?.who ?? null,
    planStatus: goal ? planStatus(goal, goal.criteria) : 'none',
    mindMap: withVersion(mindMapValues(goal)),
    plan: withVersion(planValues(goal)),
    review: withVersion(reviewValues(goal)),
    growth: withVersion(growthValues(goal)),
    talents: withVersion(talentsValues(pupil.talents)),
  };
}
