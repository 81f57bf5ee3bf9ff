import 'server-only';
import type { CurrentUser } from '../auth/current-user';
import { db } from '../db';
import { findPupilDataClass } from '../pupils/access';
import { auditPupilDataRead } from '../pupils/audit-read';
import { buildToday, type TodayOverview } from './build';

/** What the pair of this class has to do today (lib/today/build.ts); null when not allowed. */
export async function todayView(user: CurrentUser, classId: string, now: Date = new Date()): Promise<TodayOverview | null> {
  const schoolClass = await findPupilDataClass(user, classId, 'read');
  if (!schoolClass) return null;
  const [plans, assignments] = await Promise.all([
    db.lessonPlan.findMany({ where: { classId: schoolClass.id }, select: { lessonNumber: true, scheduledAt: true } }),
    db.homeworkAssignment.findMany({
      where: { status: { not: 'RETURNED' }, pupil: { classId: schoolClass.id, active: true } },
      select: {
        id: true,
        lessonNumber: true,
        status: true,
        pupil: { select: { id: true, alias: true, mentor: { select: { who: true, contact: true } } } },
        followUps: { select: { stepKey: true } },
      },
    }),
  ]);
  const overview = buildToday({
    now,
    plans,
    assignments: assignments.map((a) => ({
      id: a.id,
      lessonNumber: a.lessonNumber,
      status: a.status,
      pupil: { id: a.pupil.id, alias: a.pupil.alias },
      mentor: a.pupil.mentor,
      doneStepKeys: a.followUps.map((f) => f.stepKey),
    })),
  });
  await auditPupilDataRead(user, schoolClass.id, 'today', { homework: overview.homework.length, steps: overview.steps.length });
  return overview;
}
