import 'server-only';
import type { CurrentUser } from '../auth/current-user';
import { can } from '../auth/policy';
import { db } from '../db';
import { programme } from '../programme';
import type { MatrixRow } from './matrix';
import type { OverviewFilter } from './schema';

export interface OverviewData {
  rows: MatrixRow[];
  schools: { id: string; name: string }[];
  years: string[];
}

/**
 * Every class in the coordinator's scope × lessons 1–8 with each plan's status and date.
 * Two queries, whatever the number of classes.
 */
export async function getProgressOverview(user: CurrentUser, filter: OverviewFilter): Promise<OverviewData | null> {
  if (user.role !== 'COORDINATOR') return null;
  const scope = user.coordinatorSchoolIds === null ? {} : { schoolId: { in: user.coordinatorSchoolIds } };
  const allClasses = await db.schoolClass.findMany({
    where: scope,
    include: { school: true },
    orderBy: [{ school: { name: 'asc' } }, { name: 'asc' }],
  });
  const readable = allClasses.filter((c) => can(user, 'read', { kind: 'class', classId: c.id, schoolId: c.schoolId }));
  const classes = readable.filter(
    (c) => (!filter.school || c.schoolId === filter.school) && (!filter.kind || c.school.kind === filter.kind) && (!filter.year || c.schoolYear === filter.year),
  );
  const plans = await db.lessonPlan.findMany({
    where: { classId: { in: classes.map((c) => c.id) } },
    select: { classId: true, lessonNumber: true, status: true, scheduledAt: true, heldOn: true },
  });
  const planOf = new Map(plans.map((p) => [`${p.classId}:${p.lessonNumber}`, p]));
  const schools = new Map(readable.map((c) => [c.school.id, c.school.name]));
  return {
    rows: classes.map((c) => ({
      classId: c.id,
      className: c.name,
      schoolYear: c.schoolYear,
      school: { id: c.school.id, name: c.school.name, kind: c.school.kind, city: c.school.city },
      cells: programme.lessons.map((lesson) => {
        const plan = planOf.get(`${c.id}:${lesson.number}`);
        return {
          lessonNumber: lesson.number,
          status: plan?.status ?? 'NOT_STARTED',
          date: plan?.heldOn?.toISOString().slice(0, 10) ?? plan?.scheduledAt?.toISOString() ?? null,
        };
      }),
    })),
    schools: [...schools].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    years: [...new Set(readable.map((c) => c.schoolYear))].sort().reverse(),
  };
}
