import 'server-only';
import { db } from '../../db';
import { evaluationQuestions } from '../../evaluation/fields';
import type { TableSource } from '../sheets';
import type { EvaluationRow } from '../tables/evaluations';
import { classOf } from './class-of';

// Submitted evaluations only: their answers are frozen; a draft is still being written.
const where = (classIds: string[]) => ({ evaluation: { submittedAt: { not: null }, plan: { classId: { in: classIds } } } });

/** Question number, then the part's place on the form (a, b, c; b1, b2, b3). */
const formOrder = new Map(evaluationQuestions.flatMap((q) => (q.parts.length > 0 ? q.parts.map((p, i) => [`${q.key}.${p.key}`, q.number * 100 + i]) : [[`${q.key}.`, q.number * 100]])));

export const evaluationSource: TableSource<EvaluationRow> = {
  count: (classIds) => db.evaluationAnswer.count({ where: where(classIds) }),
  order: (row) => [row.lessonNumber, formOrder.get(`${row.questionKey}.${row.partKey}`) ?? 10_000, row.questionKey, row.partKey],
  async read(classes) {
    const answers = await db.evaluationAnswer.findMany({
      where: where([...classes.keys()]),
      select: {
        evaluationId: true,
        questionKey: true,
        partKey: true,
        text: true,
        evaluation: { select: { submittedAt: true, planId: true, plan: { select: { classId: true, lessonNumber: true } } } },
      },
    });
    return answers.map(
      (a): EvaluationRow => ({
        class: classOf(classes, a.evaluation.plan.classId),
        lessonNumber: a.evaluation.plan.lessonNumber,
        planId: a.evaluation.planId,
        evaluationId: a.evaluationId,
        submittedAt: a.evaluation.submittedAt,
        questionKey: a.questionKey,
        partKey: a.partKey,
        text: a.text,
      }),
    );
  },
};
