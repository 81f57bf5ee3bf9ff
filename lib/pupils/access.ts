import 'server-only';
import { notAllowed, actionUser } from '../actions/session-user';
import type { CurrentUser } from '../auth/current-user';
import { can, type Action } from '../auth/policy';
import { findClassFor, type ClassRef } from '../classes/access';
import type { Prisma } from '../generated/prisma/client';
import type { ActionResult } from '../result';

/**
 * The class, when the user may read or write its pupil data (the pair only); null otherwise.
 * Coordinators may read the class itself but never its pupils' aliases or what is written about them.
 */
export async function findPupilDataClass(user: CurrentUser, classId: unknown, action: Action): Promise<ClassRef | null> {
  if (typeof classId !== 'string') return null;
  const schoolClass = await findClassFor(user, classId, action);
  if (!schoolClass || !can(user, action, { kind: 'pupilData', classId: schoolClass.id, schoolId: schoolClass.schoolId })) return null;
  return schoolClass;
}

export type WriteContext = { ok: true; user: CurrentUser; schoolClass: ClassRef } | { ok: false; result: ActionResult<never> };

/** Steps one and two of every pupil-data action: the signed-in user, and write access to the class. */
export async function pupilDataWriter(classId: unknown): Promise<WriteContext> {
  const session = await actionUser();
  if (!session.ok) return session;
  const schoolClass = await findPupilDataClass(session.user, classId, 'write');
  if (!schoolClass) return { ok: false, result: notAllowed() };
  return { ok: true, user: session.user, schoolClass };
}

type PupilReader = Pick<Prisma.TransactionClient, 'pupil'>;

/**
 * An active pupil of this class, or null: a pupil of another class, one who left and one that
 * does not exist are all refused the same way, so ids cannot be probed.
 */
export async function findActivePupil(client: PupilReader, classId: string, pupilId: string) {
  return client.pupil.findFirst({ where: { id: pupilId, classId, active: true }, select: { id: true, alias: true, code: true, buddyId: true } });
}
