import 'server-only';
import type { CurrentUser } from '../../auth/current-user';
import { can } from '../../auth/policy';
import { db } from '../../db';
import { assertAdminReads } from '../access';

export interface PupilCodeRow {
  code: string;
  active: boolean;
}

export interface ClassPupils {
  id: string;
  name: string;
  schoolYear: string;
  school: { id: string; name: string };
  pupils: PupilCodeRow[];
}

/**
 * Every class with its pupils as codes only: the admin assigns pupils to classes but never
 * sees their aliases, so the alias is not even read from the database.
 */
export async function listClassPupilCodes(user: CurrentUser): Promise<ClassPupils[]> {
  assertAdminReads(user);
  const classes = await db.schoolClass.findMany({
    orderBy: [{ school: { name: 'asc' } }, { schoolYear: 'desc' }, { name: 'asc' }],
    select: {
      id: true,
      name: true,
      schoolYear: true,
      school: { select: { id: true, name: true } },
      pupils: { select: { code: true, active: true }, orderBy: [{ active: 'desc' }, { code: 'asc' }] },
    },
  });
  return classes.filter((c) => can(user, 'read', { kind: 'pupilCodes', classId: c.id, schoolId: c.school.id }));
}
