import 'server-only';
import type { Prisma } from '../generated/prisma/client';

/**
 * Locks the plan's row for the rest of the transaction and returns its status: run commands,
 * outcomes and "Les afgerond" take it first, so they happen one after the other (two screens
 * pressing "next" at once move one activity; nothing moves after the lesson is held).
 */
export async function lockPlan(tx: Prisma.TransactionClient, planId: string): Promise<{ status: string } | null> {
  const rows = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM "LessonPlan" WHERE id = ${planId} FOR UPDATE`;
  return rows[0] ?? null;
}

/**
 * Whether the lesson's evaluation is submitted, read under a lock on the evaluation's row (when it
 * exists), so a capture is never changed after the evaluation that may quote it was submitted.
 */
export async function evaluationSubmitted(tx: Prisma.TransactionClient, planId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ submittedAt: Date | null }[]>`SELECT "submittedAt" FROM "Evaluation" WHERE "planId" = ${planId} FOR UPDATE`;
  return rows[0]?.submittedAt != null;
}
