import 'server-only';
import type { CurrentUser } from '../auth/current-user';
import { seesPupilAliases } from '../auth/policy';
import { db } from '../db';
import { keepAliases, pseudonymiser, type Pseudonymise } from './replace-aliases';

/**
 * One pseudonymiser per class, in one query: every pupil of the class (also those who left, as
 * old texts still name them) maps to their code.
 */
export async function classPseudonymisers(classIds: readonly string[]): Promise<Map<string, Pseudonymise>> {
  const pupils = classIds.length === 0 ? [] : await db.pupil.findMany({ where: { classId: { in: [...classIds] } }, select: { classId: true, alias: true, code: true } });
  const byClass = new Map<string, { alias: string; code: string }[]>();
  for (const pupil of pupils) {
    const list = byClass.get(pupil.classId) ?? [];
    list.push(pupil);
    byClass.set(pupil.classId, list);
  }
  return new Map(classIds.map((id) => [id, pseudonymiser(byClass.get(id) ?? [])]));
}

/** What this user reads of a class's free text: as written for the pair, pseudonymised for everyone else. */
export async function textFor(user: CurrentUser, classId: string): Promise<Pseudonymise> {
  if (seesPupilAliases(user, classId)) return keepAliases;
  return (await classPseudonymisers([classId])).get(classId) ?? keepAliases;
}
