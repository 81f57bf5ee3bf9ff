import 'server-only';
import type { CurrentUser } from '../auth/current-user';
import { db } from '../db';
import { programme } from '../programme';
import type { MatrixRow } from './matrix';
import type { OverviewFilter } from './schema';
import { coordinatorScope } from './scope';

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
  const scope = await coordinatorScope(user, filter);
  if (!scope) return null;
  const { classes } = scope;
  const plans = await db.lessonPlan.findMany({
    where: { classId: { in: classes.map((c) => c.id) } },
    select: { classId: true, lessonNumber: true, status: true, scheduledAt: true, heldOn: true },
  });
  const planOf = new Map(plans.map((p) => [`${p.classId}:${p.lessonNumber}`, p]));
  return {
    rows: classes.map((c) => ({
      classId: c.id,
      className: c.name,
      schoolYear: c.schoolYear,
      school: c.school,
      cells: programme.lessons.map((lesson) => {
        const plan = planOf.get(`${c.id}:${lesson.number}`);
        return {
          lessonNumber: lesson.number,
          status: plan?.status ?? 'NOT_STARTED',
          date: plan?.heldOn?.toISOString().slice(0, 10) ?? plan?.scheduledAt?.toISOString() ?? null,
        };
      }),
    })),
    schools: scope.schools,
    years: scope.years,
  };
}
