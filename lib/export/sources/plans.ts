import 'server-only';
import { db } from '../../db';
import { getLesson } from '../../programme';
import type { TableSource } from '../sheets';
import type { PlanRow } from '../tables/plans';
import { classOf } from './batch';
import { plannedLessons } from './planned';

export const planSource: TableSource<PlanRow> = {
  count: (classIds) => db.lessonPlan.count({ where: { classId: { in: classIds } } }),
  order: (row) => [row.lessonNumber],
  async read(classes) {
    const plans = await db.lessonPlan.findMany({
      where: { classId: { in: [...classes.keys()] } },
      select: { id: true, classId: true, lessonNumber: true, status: true, scheduledAt: true, heldOn: true },
    });
    const planIds = plans.map((p) => p.id);
    const [planned, outcomes, evaluations] = await Promise.all([
      plannedLessons(plans),
      db.activityOutcome.groupBy({ by: ['planId'], where: { planId: { in: planIds } }, _count: { _all: true }, _sum: { actualMinutes: true } }),
      db.evaluation.findMany({ where: { planId: { in: planIds } }, select: { planId: true, submittedAt: true } }),
    ]);
    const outcomeOf = new Map(outcomes.map((o) => [o.planId, o]));
    const submittedAt = new Map(evaluations.map((e) => [e.planId, e.submittedAt]));
    return plans.map((plan): PlanRow => {
      const resolved = planned.get(plan.id);
      const recorded = outcomeOf.get(plan.id);
      return {
        class: classOf(classes, plan.classId),
        lessonNumber: plan.lessonNumber,
        planId: plan.id,
        lessonTitle: getLesson(plan.lessonNumber)?.title ?? '',
        status: plan.status,
        scheduledAt: plan.scheduledAt,
        heldOn: plan.heldOn,
        activitiesPlanned: resolved?.activities.filter((a) => a.included).length ?? 0,
        plannedMinutes: resolved?.plannedMinutes ?? 0,
        activitiesRecorded: recorded?._count._all ?? 0,
        actualMinutes: recorded?._sum.actualMinutes ?? null,
        evaluationSubmittedAt: submittedAt.get(plan.id) ?? null,
      };
    });
  },
};
