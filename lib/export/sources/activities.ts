import 'server-only';
import { db } from '../../db';
import { getLesson } from '../../programme';
import type { TableSource } from '../sheets';
import type { ActivityRow } from '../tables/activities';
import { planOf, plansOf } from './batch';
import { plannedLessons } from './planned';

export const activitySource: TableSource<ActivityRow> = {
  count: (classIds) => db.activityOutcome.count({ where: { plan: { classId: { in: classIds } } } }),
  order: (row) => [row.lessonNumber, row.activityNumber],
  async read(classes) {
    const plans = await plansOf(classes);
    const outcomes = await db.activityOutcome.findMany({
      where: { planId: { in: [...plans.keys()] } },
      select: { planId: true, activityNumber: true, outcome: true, note: true, actualMinutes: true, updatedAt: true },
    });
    const held = [...new Set(outcomes.map((o) => o.planId))].map((id) => planOf(plans, id));
    const planned = await plannedLessons(held.map((p) => ({ id: p.id, lessonNumber: p.lessonNumber })));
    return outcomes.map((o): ActivityRow => {
      const plan = planOf(plans, o.planId);
      return {
        class: plan.class,
        lessonNumber: plan.lessonNumber,
        planId: plan.id,
        activityNumber: o.activityNumber,
        activityTitle: getLesson(plan.lessonNumber)?.activities.find((a) => a.number === o.activityNumber)?.title ?? null,
        outcome: o.outcome,
        plannedMinutes: planned.get(plan.id)?.activities.find((a) => a.number === o.activityNumber)?.minutes ?? null,
        actualMinutes: o.actualMinutes,
        note: o.note,
        recordedAt: o.updatedAt,
      };
    });
  },
};
