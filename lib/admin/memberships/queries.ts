import 'server-only';
import type { CurrentUser } from '../../auth/current-user';
import { db } from '../../db';
import { assertAdminReads } from '../access';

export type TeamRole = 'TEACHER' | 'CARE_WORKER';

export interface TeamMember {
  id: string;
  name: string;
  email: string;
  role: TeamRole;
  active: boolean;
}

export interface ClassTeam {
  id: string;
  name: string;
  schoolYear: string;
  school: { id: string; name: string };
  members: TeamMember[];
}

const isTeamRole = (role: string): role is TeamRole => role === 'TEACHER' || role === 'CARE_WORKER';

export async function listClassTeams(user: CurrentUser): Promise<ClassTeam[]> {
  assertAdminReads(user);
  const classes = await db.schoolClass.findMany({
    orderBy: [{ school: { name: 'asc' } }, { schoolYear: 'desc' }, { name: 'asc' }],
    select: {
      id: true,
      name: true,
      schoolYear: true,
      school: { select: { id: true, name: true } },
      team: { select: { user: { select: { id: true, name: true, email: true, role: true, active: true } } }, orderBy: { user: { name: 'asc' } } },
    },
  });
  return classes.map(({ team, ...c }) => ({
    ...c,
    members: team.flatMap(({ user: member }) => (isTeamRole(member.role) ? [{ ...member, role: member.role }] : [])),
  }));
}

/** The people who can be put on a team: active teachers and care workers (invited ones too). */
export async function listTeamCandidates(user: CurrentUser): Promise<Omit<TeamMember, 'active'>[]> {
  assertAdminReads(user);
  const candidates = await db.user.findMany({
    where: { active: true, role: { in: ['TEACHER', 'CARE_WORKER'] } },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, email: true, role: true },
  });
  return candidates.flatMap((c) => (isTeamRole(c.role) ? [{ ...c, role: c.role }] : []));
}
