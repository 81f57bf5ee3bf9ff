import 'server-only';
import type { CurrentUser } from '../auth/current-user';
import { db } from '../db';
import { calendarDateInAmsterdam, toIsoDate } from '../programme/homework-due';
import { findPupilDataClass } from './access';
import { auditPupilDataRead } from './audit-read';
import { mentorVersion } from './mentor-version';

export interface PupilRef {
  id: string;
  alias: string;
}

export interface PupilListItem extends PupilRef {
  code: string;
  buddy: PupilRef | null;
  mentor: { who: string; contact: string | null; note: string | null } | null;
  mentorVersion: string;
}

export interface LeftPupil extends PupilRef {
  code: string;
  /** 'YYYY-MM-DD' in Europe/Amsterdam. */
  leftOn: string | null;
}

export interface PupilsView {
  pupils: PupilListItem[];
  left: LeftPupil[];
}

/** The class's pupils with their buddy and mentor, and those who left; null when not allowed. */
export async function pupilsView(user: CurrentUser, classId: string): Promise<PupilsView | null> {
  const schoolClass = await findPupilDataClass(user, classId, 'read');
  if (!schoolClass) return null;
  const rows = await db.pupil.findMany({
    where: { classId: schoolClass.id },
    orderBy: [{ alias: 'asc' }, { createdAt: 'asc' }],
    select: {
      id: true,
      alias: true,
      code: true,
      active: true,
      leftAt: true,
      buddy: { select: { id: true, alias: true, active: true } },
      mentor: { select: { who: true, contact: true, note: true } },
    },
  });
  await auditPupilDataRead(user, schoolClass.id, 'pupils', { pupils: rows.length });
  return {
    pupils: rows
      .filter((row) => row.active)
      .map((row) => ({
        id: row.id,
        alias: row.alias,
        code: row.code,
        buddy: row.buddy?.active ? { id: row.buddy.id, alias: row.buddy.alias } : null,
        mentor: row.mentor,
        mentorVersion: mentorVersion(row.mentor),
      })),
    left: rows
      .filter((row) => !row.active)
      .map((row) => ({ id: row.id, alias: row.alias, code: row.code, leftOn: row.leftAt ? toIsoDate(calendarDateInAmsterdam(row.leftAt)) : null })),
  };
}

/** The class's active pupils by alias, for pickers. The caller checks access and audits its own read. */
export async function readActivePupils(classId: string): Promise<PupilRef[]> {
  return db.pupil.findMany({ where: { classId, active: true }, orderBy: [{ alias: 'asc' }, { createdAt: 'asc' }], select: { id: true, alias: true } });
}
