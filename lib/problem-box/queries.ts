import 'server-only';
import type { CurrentUser } from '../auth/current-user';
import { db } from '../db';
import type { ProblemBoxStatus } from '../generated/prisma/enums';
import { findPupilDataClass } from '../pupils/access';
import { auditPupilDataRead } from '../pupils/audit-read';
import { readActivePupils, type PupilRef } from '../pupils/queries';
import { versionOf } from '../pupils/version';
import { entryValues } from './entry-values';
import type { ProblemEntryInput } from './schema';

export interface ProblemEntryView {
  id: string;
  /** The linked pupil's alias (also when they left since), or null for an anonymous entry. */
  pupilAlias: string | null;
  status: ProblemBoxStatus;
  values: ProblemEntryInput;
  version: string;
}

export interface ProblemBoxView {
  entries: ProblemEntryView[];
  pupils: PupilRef[];
}

/** The class's box, newest first, and its active pupils for the picker; null when not allowed. */
export async function problemBoxView(user: CurrentUser, classId: string): Promise<ProblemBoxView | null> {
  const schoolClass = await findPupilDataClass(user, classId, 'read');
  if (!schoolClass) return null;
  const [entries, pupils] = await Promise.all([
    db.problemBoxEntry.findMany({ where: { classId: schoolClass.id }, orderBy: { createdAt: 'desc' }, include: { pupil: { select: { alias: true } } } }),
    readActivePupils(schoolClass.id),
  ]);
  await auditPupilDataRead(user, schoolClass.id, 'problemBox', { entries: entries.length });
  return {
    entries: entries.map((entry) => {
      const values = entryValues(entry);
      return { id: entry.id, pupilAlias: entry.pupil?.alias ?? null, status: entry.status, values, version: versionOf(values) };
    }),
    pupils,
  };
}
