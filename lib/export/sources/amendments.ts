import 'server-only';
import { db } from '../../db';
import type { TableSource } from '../sheets';
import type { AmendmentRow } from '../tables/amendments';
import { classOf } from './class-of';

const where = (classIds: string[]) => ({ evaluation: { plan: { classId: { in: classIds } } } });

export const amendmentSource: TableSource<AmendmentRow> = {
  count: (classIds) => db.evaluationAmendment.count({ where: where(classIds) }),
  order: (row) => [row.lessonNumber, row.createdAt.toISOString(), row.amendmentId],
  async read(classes) {
    const amendments = await db.evaluationAmendment.findMany({
      where: where([...classes.keys()]),
      select: {
        id: true,
        evaluationId: true,
        questionKey: true,
        text: true,
        createdAt: true,
        // The author's role only: staff never appear by name or e-mail address.
        author: { select: { role: true } },
        evaluation: { select: { planId: true, plan: { select: { classId: true, lessonNumber: true } } } },
      },
    });
    return amendments.map(
      (a): AmendmentRow => ({
        class: classOf(classes, a.evaluation.plan.classId),
        lessonNumber: a.evaluation.plan.lessonNumber,
        planId: a.evaluation.planId,
        evaluationId: a.evaluationId,
        amendmentId: a.id,
        createdAt: a.createdAt,
        questionKey: a.questionKey,
        authorRole: a.author.role,
        text: a.text,
      }),
    );
  },
};
