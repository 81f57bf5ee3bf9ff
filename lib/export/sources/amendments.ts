import 'server-only';
import { db } from '../../db';
import type { TableSource } from '../sheets';
import type { AmendmentRow } from '../tables/amendments';
import { planOf, plansOf, roleOf, rolesOf } from './batch';

export const amendmentSource: TableSource<AmendmentRow> = {
  count: (classIds) => db.evaluationAmendment.count({ where: { evaluation: { plan: { classId: { in: classIds } } } } }),
  order: (row) => [row.lessonNumber, row.createdAt.toISOString(), row.amendmentId],
  async read(classes) {
    const plans = await plansOf(classes);
    const evaluations = new Map(
      (await db.evaluation.findMany({ where: { planId: { in: [...plans.keys()] } }, select: { id: true, planId: true } })).map((e) => [e.id, planOf(plans, e.planId)]),
    );
    const amendments = await db.evaluationAmendment.findMany({
      where: { evaluationId: { in: [...evaluations.keys()] } },
      select: { id: true, evaluationId: true, questionKey: true, text: true, createdAt: true, authorId: true },
    });
    const roles = await rolesOf(amendments.map((a) => a.authorId));
    return amendments.map((a): AmendmentRow => {
      const plan = evaluations.get(a.evaluationId)!;
      return {
        class: plan.class,
        lessonNumber: plan.lessonNumber,
        planId: plan.id,
        evaluationId: a.evaluationId,
        amendmentId: a.id,
        createdAt: a.createdAt,
        questionKey: a.questionKey,
        authorRole: roleOf(roles, a.authorId),
        text: a.text,
      };
    });
  },
};
