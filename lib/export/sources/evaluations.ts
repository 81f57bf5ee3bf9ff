import 'server-only';
import { db } from '../../db';
import { evaluationQuestions } from '../../evaluation/fields';
import type { TableSource } from '../sheets';
import type { EvaluationRow } from '../tables/evaluations';
import { plansOf, submittedEvaluationsOf } from './batch';

/** Question number, then the part's place on the form (a, b, c; b1, b2, b3). */
const formOrder = new Map(evaluationQuestions.flatMap((q) => (q.parts.length > 0 ? q.parts.map((p, i) => [`${q.key}.${p.key}`, q.number * 100 + i]) : [[`${q.key}.`, q.number * 100]])));

export const evaluationSource: TableSource<EvaluationRow> = {
  // Submitted evaluations only: their answers are frozen; a draft is still being written.
  count: (classIds) => db.evaluationAnswer.count({ where: { evaluation: { submittedAt: { not: null }, plan: { classId: { in: classIds } } } } }),
  order: (row) => [row.lessonNumber, formOrder.get(`${row.questionKey}.${row.partKey}`) ?? 10_000, row.questionKey, row.partKey],
  async read(classes) {
    const evaluations = await submittedEvaluationsOf(await plansOf(classes));
    const answers = await db.evaluationAnswer.findMany({
      where: { evaluationId: { in: [...evaluations.keys()] } },
      select: { evaluationId: true, questionKey: true, partKey: true, text: true },
    });
    return answers.map((a): EvaluationRow => {
      const evaluation = evaluations.get(a.evaluationId)!;
      return {
        class: evaluation.plan.class,
        lessonNumber: evaluation.plan.lessonNumber,
        planId: evaluation.plan.id,
        evaluationId: a.evaluationId,
        submittedAt: evaluation.submittedAt,
        questionKey: a.questionKey,
        partKey: a.partKey,
        text: a.text,
      };
    });
  },
};
