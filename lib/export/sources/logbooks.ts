import 'server-only';
import { db } from '../../db';
import type { TableSource } from '../sheets';
import type { LogbookRow } from '../tables/logbooks';
import { planOf, plansOf, roleOf, rolesOf } from './batch';

export const logbookSource: TableSource<LogbookRow> = {
  count: (classIds) => db.logbookEntry.count({ where: { plan: { classId: { in: classIds } } } }),
  order: (row) => [row.lessonNumber, row.authorRole, row.updatedAt.toISOString()],
  async read(classes) {
    const plans = await plansOf(classes);
    const entries = await db.logbookEntry.findMany({ where: { planId: { in: [...plans.keys()] } }, select: { planId: true, authorId: true, text: true, updatedAt: true } });
    const roles = await rolesOf(entries.map((e) => e.authorId));
    return entries.map((e): LogbookRow => {
      const plan = planOf(plans, e.planId);
      return { class: plan.class, lessonNumber: plan.lessonNumber, planId: plan.id, authorRole: roleOf(roles, e.authorId), updatedAt: e.updatedAt, text: e.text };
    });
  },
};
