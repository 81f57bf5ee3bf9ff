import 'server-only';
import { audit } from '../audit/log';
import type { CurrentUser } from '../auth/current-user';
import { can } from '../auth/policy';
import { db } from '../db';
import { CELEBRATION_LESSON } from '../programme/lesson-extras';
import { certificateContent, type CertificateContent } from './content';

export interface CertificateSet {
  schoolName: string;
  className: string;
  /** The day of the celebration (lesson 8 held or planned), else today; ISO date. */
  date: string;
  teacherName: string | null;
  careWorkerName: string | null;
  certificates: CertificateContent[];
}

/**
 * The certificates of a class (every active pupil) or of one pupil, for the pair only: they are
 * built from pupil data. Each read is audited. Null when the class or pupil is not there for
 * this user (missing and forbidden look the same).
 */
export async function getCertificates(user: CurrentUser, classId: string, pupilId?: string): Promise<CertificateSet | null> {
  if (typeof classId !== 'string' || classId.length > 40 || (pupilId !== undefined && (typeof pupilId !== 'string' || pupilId.length > 40))) return null;
  const schoolClass = await db.schoolClass.findUnique({
    where: { id: classId },
    include: {
      school: { select: { name: true } },
      team: { include: { user: { select: { name: true, role: true, active: true } } } },
      plans: { where: { lessonNumber: CELEBRATION_LESSON }, select: { heldOn: true, scheduledAt: true } },
    },
  });
  if (!schoolClass || !can(user, 'read', { kind: 'pupilData', classId, schoolId: schoolClass.schoolId })) return null;

  const pupils = await db.pupil.findMany({
    where: pupilId ? { id: pupilId, classId } : { classId, active: true },
    orderBy: { alias: 'asc' },
    include: { talents: true, learningGoal: true, celebration: true },
  });
  if (pupilId && pupils.length === 0) return null;

  await audit({
    userId: user.id,
    action: 'pupil.certificate.download',
    entity: pupilId ? 'Pupil' : 'SchoolClass',
    entityId: pupilId ?? classId,
    classId,
    detail: { pupils: pupils.map((p) => p.code) },
  });

  const lesson8 = schoolClass.plans[0];
  const day = lesson8?.heldOn ?? lesson8?.scheduledAt ?? new Date();
  const member = (role: string) => schoolClass.team.find((m) => m.user.role === role && m.user.active)?.user.name ?? null;
  return {
    schoolName: schoolClass.school.name,
    className: schoolClass.name,
    date: day.toISOString(),
    teacherName: member('TEACHER'),
    careWorkerName: member('CARE_WORKER'),
    certificates: pupils.map((pupil) =>
      certificateContent({
        alias: pupil.alias,
        talents: pupil.talents?.talents ?? [],
        goal: pupil.learningGoal?.goal ?? null,
        feedback: pupil.learningGoal?.feedback ?? null,
        growth: pupil.learningGoal?.growth ?? null,
        celebration: pupil.celebration,
      }),
    ),
  };
}
