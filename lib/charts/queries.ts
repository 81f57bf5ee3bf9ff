import 'server-only';
import type { CurrentUser } from '../auth/current-user';
import { db } from '../db';
import { coordinatorScope } from '../overview/scope';
import type { OverviewFilter } from '../overview/schema';
import { programme } from '../programme';
import { hasEvaluationForm } from '../programme/lesson-extras';
import { evaluationsPerLesson, homeworkPerLesson, stressGrid, type EvaluationCount, type HomeworkCount, type HomeworkStatus, type StressGrid } from './series';
import { fillWeeks, type WeekCount } from './weeks';

export interface ChartData {
  schools: { id: string; name: string }[];
  years: string[];
  classCount: number;
  heldPerWeek: WeekCount[];
  evaluations: EvaluationCount[];
  stress: StressGrid;
  homework: HomeworkCount[];
}

/**
 * The four charts of the coordinator's "Grafieken", for the classes in scope that match the
 * filter. Counts only, no pupil data. The database does the counting: one query for the scope
 * and one aggregate per chart, whatever the number of classes.
 */
export async function getChartData(user: CurrentUser, filter: OverviewFilter): Promise<ChartData | null> {
  const scope = await coordinatorScope(user, filter);
  if (!scope) return null;
  const ids = scope.classes.map((c) => c.id);
  const [weeks, evaluations, stress, homework] =
    ids.length === 0
      ? [[], [], [], []]
      : await Promise.all([
          // The Monday of the held day's week (ISO: Monday = 1), as text so no time zone moves it.
          db.$queryRaw<{ weekStart: string; count: number }[]>`
            SELECT to_char(p."heldOn" - (EXTRACT(ISODOW FROM p."heldOn")::int - 1), 'YYYY-MM-DD') AS "weekStart", count(*)::int AS count
            FROM "LessonPlan" p
            WHERE p."classId" = ANY(${ids}::text[]) AND p."heldOn" IS NOT NULL
            GROUP BY 1 ORDER BY 1`,
          db.$queryRaw<EvaluationCount[]>`
            SELECT p."lessonNumber" AS "lessonNumber",
                   count(*) FILTER (WHERE p."heldOn" IS NOT NULL)::int AS held,
                   count(e."submittedAt")::int AS submitted
            FROM "LessonPlan" p LEFT JOIN "Evaluation" e ON e."planId" = p.id
            WHERE p."classId" = ANY(${ids}::text[])
            GROUP BY 1`,
          db.$queryRaw<{ lessonNumber: number; activityNumber: number | null; count: number }[]>`
            SELECT p."lessonNumber" AS "lessonNumber", c."activityNumber" AS "activityNumber", count(*)::int AS count
            FROM "Capture" c JOIN "LessonPlan" p ON p.id = c."planId"
            WHERE c.kind = 'STRESS' AND p."classId" = ANY(${ids}::text[])
            GROUP BY 1, 2`,
          db.$queryRaw<{ lessonNumber: number; status: HomeworkStatus; count: number }[]>`
            SELECT h."lessonNumber" AS "lessonNumber", h.status::text AS status, count(*)::int AS count
            FROM "HomeworkAssignment" h JOIN "Pupil" u ON u.id = h."pupilId"
            WHERE u."classId" = ANY(${ids}::text[])
            GROUP BY 1, 2`,
        ]);
  return {
    schools: scope.schools,
    years: scope.years,
    classCount: ids.length,
    heldPerWeek: fillWeeks(weeks),
    evaluations: evaluationsPerLesson(
      programme.lessons.map((l) => l.number).filter(hasEvaluationForm),
      evaluations,
    ),
    stress: stressGrid(programme.lessons, stress),
    homework: homeworkPerLesson(
      programme.lessons.filter((l) => l.homework !== null).map((l) => l.number),
      homework,
    ),
  };
}
