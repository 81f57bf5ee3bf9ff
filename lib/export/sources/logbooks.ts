import 'server-only';
import { db } from '../../db';
import type { TableSource } from '../sheets';
import type { LogbookRow } from '../tables/logbooks';
import { classOf } from './class-of';

const where = (classIds: string[]) => ({ plan: { classId: { in: classIds } } });

export const logbookSource: TableSource<LogbookRow> = {
  count: (classIds) => db.logbookEntry.count({ where: where(classIds) }),
  order: (row) => [row.lessonNumber, row.authorRole, row.updatedAt.toISOString()],
  async read(classes) {
    const entries = await db.logbookEntry.findMany({
      where: where([...classes.keys()]),
      // The author's role only: staff never appear by name or e-mail address.
      select: { planId: true, text: true, updatedAt: true, author: { select: { role: true } }, plan: { select: { classId: true, lessonNumber: true } } },
    });
    return entries.map(
      (e): LogbookRow => ({
        class: classOf(classes, e.plan.classId),
        lessonNumber: e.plan.lessonNumber,
        planId: e.planId,
        authorRole: e.author.role,
        updatedAt: e.updatedAt,
        text: e.text,
      }),
    );
  },
};
