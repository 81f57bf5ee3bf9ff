import 'server-only';
import { db } from '../db';

export interface EvaluationMeta {
  submittedAt: string | null;
  confirmations: { userId: string; name: string; role: string; confirmedAt: string }[];
  [key: string]: unknown;
}

/** Whether the evaluation is submitted and who has confirmed it, as the live stream and page show it. */
export async function evaluationMeta(evaluationId: string): Promise<EvaluationMeta> {
  const evaluation = await db.evaluation.findUniqueOrThrow({
    where: { id: evaluationId },
    select: {
      submittedAt: true,
      confirmations: { include: { user: { select: { name: true, role: true } } }, orderBy: { confirmedAt: 'asc' } },
    },
  });
  return {
    submittedAt: evaluation.submittedAt?.toISOString() ?? null,
    confirmations: evaluation.confirmations.map((c) => ({ userId: c.userId, name: c.user.name, role: c.user.role, confirmedAt: c.confirmedAt.toISOString() })),
  };
}
