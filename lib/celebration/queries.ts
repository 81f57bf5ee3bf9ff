import 'server-only';
import { audit } from '../audit/log';
import type { CurrentUser } from '../auth/current-user';
import { can } from '../auth/policy';
import { findClassFor, type ClassRef } from '../classes/access';
import { db } from '../db';

export interface CelebrationRow {
  pupilId: string;
  alias: string;
  /** "" when nothing is stored yet; else the row's updatedAt (the version the form sends back). */
  version: string;
  values: { selfRatingNow: number | null; selfRatingStart: number | null; proudest: string; keepGoing: string };
  /** What the certificate can draw on besides the celebration itself. */
  collected: { talents: number; goal: boolean; feedback: boolean; growth: boolean };
}

/** Lesson 8 for a class: every active pupil with their celebration (the pair only; audited). */
export async function listCelebrations(user: CurrentUser, classId: string): Promise<{ schoolClass: ClassRef; pupils: CelebrationRow[] } | null> {
  const schoolClass = await findClassFor(user, classId, 'read');
  if (!schoolClass || !can(user, 'read', { kind: 'pupilData', classId, schoolId: schoolClass.schoolId })) return null;
  const pupils = await db.pupil.findMany({
    where: { classId, active: true },
    orderBy: { alias: 'asc' },
    include: { celebration: true, talents: { select: { talents: true } }, learningGoal: { select: { goal: true, feedback: true, growth: true } } },
  });
  await audit({ userId: user.id, action: 'pupil.read', entity: 'SchoolClass', entityId: classId, classId, detail: { view: 'celebration' } });
  return {
    schoolClass,
    pupils: pupils.map((p) => {
      const feedback = p.learningGoal?.feedback;
      return {
        pupilId: p.id,
        alias: p.alias,
        version: p.celebration?.updatedAt.toISOString() ?? '',
        values: {
          selfRatingNow: p.celebration?.selfRatingNow ?? null,
          selfRatingStart: p.celebration?.selfRatingStart ?? null,
          proudest: p.celebration?.proudest ?? '',
          keepGoing: p.celebration?.keepGoing ?? '',
        },
        collected: {
          talents: p.talents?.talents.filter((t) => t.trim()).length ?? 0,
          goal: Boolean(p.learningGoal?.goal?.trim()),
          feedback: typeof feedback === 'object' && feedback !== null && Object.values(feedback).some((v) => typeof v === 'string' && v.trim()),
          growth: Boolean(p.learningGoal?.growth?.trim()),
        },
      };
    }),
  };
}
