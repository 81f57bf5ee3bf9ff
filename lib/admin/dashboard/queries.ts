import 'server-only';
import type { CurrentUser } from '../../auth/current-user';
import { db } from '../../db';
import { assertAdminReads } from '../access';

export interface AdminCounts {
  schools: number;
  classes: number;
  activeAccounts: number;
  /** Accounts whose holder has not set a password yet. */
  pendingAccounts: number;
  memberships: number;
  activePupils: number;
}

export async function adminCounts(user: CurrentUser): Promise<AdminCounts> {
  assertAdminReads(user);
  const [schools, classes, activeAccounts, pendingAccounts, memberships, activePupils] = await Promise.all([
    db.school.count(),
    db.schoolClass.count(),
    db.user.count({ where: { active: true } }),
    db.user.count({ where: { active: true, passwordHash: null } }),
    db.classTeamMember.count(),
    db.pupil.count({ where: { active: true } }),
  ]);
  return { schools, classes, activeAccounts, pendingAccounts, memberships, activePupils };
}
