import 'server-only';
import { db } from '../../db';
import { getLesson } from '../../programme';
import type { TableSource } from '../sheets';
import type { ActivityRow } from '../tables/activities';
import { classOf } from './class-of';
import { plannedLessons } from './planned';

export const activitySource: TableSource<ActivityRow> = {
  count: (classIds) => db.activityOutcome.count({ where: { plan: { classId: { in: classIds } } } }),
  order: (row) => [row.lessonNumber, row.activityNumber],
  async read(classes) {
    const outcomes = await db.activityOutcome.findMany({
      where: { plan: { classId: { in: [...classes.keys()] } } },
      select: { planId: true, activityNumber: true, outcome: true, note: true, actualMinutes: true, updatedAt: true, plan: { select: { classId: true, lessonNumber: true } } },
    });
    const plans = new Map(outcomes.map((o) => [o.planId, { id: o.planId, lessonNumber: o.plan.lessonNumber }]));
    const planned = await plannedLessons([...plans.values()]);
    return outcomes.map(
      (o): ActivityRow => ({
        class: classOf(classes, o.plan.classId),
        lessonNumber: o.plan.lessonNumber,
        planId: o.planId,
        activityNumber: o.activityNumber,
        activityTitle: getLesson(o.plan.lessonNumber)?.activities.find((a) => a.number === o.activityNumber)?.title ?? null,
        outcome: o.outcome,
        plannedMinutes: planned.get(o.planId)?.activities.find((a) => a.number === o.activityNumber)?.minutes ?? null,
        actualMinutes: o.actualMinutes,
        note: o.note,
        recordedAt: o.updatedAt,
      }),
    );
  },
};
