import 'server-only';
import type { CurrentUser } from '../auth/current-user';
import { db } from '../db';
import type { HeldPlan } from '../evaluation/held-plan';
import type { Pseudonymise } from '../pseudonym/replace-aliases';

export interface LogbookView {
  /** The caller's own entry, editable (the pair only); null for readers. */
  mine: { text: string; version: number } | null;
  /** Everyone else's entries of this lesson, to read. */
  others: { authorName: string; role: string; text: string; updatedAt: string }[];
}

/**
 * The logbooks of a held lesson. The caller must already have read access to the plan's class;
 * `text` pseudonymises the entries for a reader who may not see pupils' names.
 */
export async function logbooksOf(user: CurrentUser, plan: HeldPlan, canWrite: boolean, text: Pseudonymise): Promise<LogbookView> {
  const entries = await db.logbookEntry.findMany({
    where: { planId: plan.id },
    include: { author: { select: { name: true, role: true } } },
    orderBy: { updatedAt: 'asc' },
  });
  const own = entries.find((e) => e.authorId === user.id);
  return {
    mine: canWrite ? { text: own?.text ?? '', version: own?.version ?? 0 } : null,
    others: entries
      .filter((e) => e.authorId !== user.id)
      .map((e) => ({ authorName: e.author.name, role: e.author.role, text: text(e.text), updatedAt: e.updatedAt.toISOString() })),
  };
}
