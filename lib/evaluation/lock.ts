import 'server-only';
import type { Prisma } from '../generated/prisma/client';

/**
 * Locks the evaluation's row for the rest of the transaction and says whether it is submitted.
 * Field saves, confirmations and the submission all take this lock first, so they happen one
 * after the other: a submission can never freeze half of a save, and two submissions can never
 * both see "not submitted yet".
 */
export async function lockEvaluation(tx: Prisma.TransactionClient, evaluationId: string): Promise<{ submitted: boolean } | null> {
  const rows = await tx.$queryRaw<{ submittedAt: Date | null }[]>`
    SELECT "submittedAt" FROM "Evaluation" WHERE id = ${evaluationId} FOR UPDATE`;
  const row = rows[0];
  return row ? { submitted: row.submittedAt !== null } : null;
}

/**
 * Locks the lesson plan's row first, as run mode does before it locks the evaluation: every
 * transaction that needs both takes them in the same order (plan, then evaluation), so two of
 * them can never wait for each other.
 */
export async function lockPlanThenEvaluation(tx: Prisma.TransactionClient, planId: string, evaluationId: string): Promise<{ submitted: boolean } | null> {
  await tx.$queryRaw`SELECT id FROM "LessonPlan" WHERE id = ${planId} FOR UPDATE`;
  return lockEvaluation(tx, evaluationId);
}
