import 'server-only';
import type { CurrentUser } from '../auth/current-user';
import type { FieldState } from '../collab/types';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { coordinatorScope, type ScopedClass } from '../overview/scope';
import type { OverviewFilter } from '../overview/schema';
import { resolvePlan } from '../plans/resolve';
import { getLesson, programme } from '../programme';
import { lessonFidelity, summariseLessons, type FidelityLesson, type LessonFidelity, type OutcomeCount, type OutcomeKind } from './summarise';

export interface ClassFidelity {
  id: string;
  name: string;
  schoolName: string;
  schoolYear: string;
  lessons: LessonFidelity[];
}

export interface FidelityReport {
  schools: { id: string; name: string }[];
  years: string[];
  /** How many classes match the filter: the per-lesson figures count these. */
  classCount: number;
  /** The classes matching the filter (and the chosen one), for the class picker. */
  classes: { id: string; name: string; schoolName: string }[];
  lessons: FidelityLesson[];
  /** The class asked for with `class`, in detail. */
  selected: ClassFidelity | null;
}

// Stored plan fields are wrapped as {"v": value} (lib/collab/store.ts); resolvePlan reads FieldStates.
function fieldStates(fields: Record<string, Prisma.JsonValue>): Record<string, FieldState> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, stored]) => {
      const v = (stored as { v?: unknown } | null)?.v;
      const value = typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' ? v : null;
      return [key, { value, version: 0, updatedBy: null, updatedAt: null }];
    }),
  );
}

/** The plan's activities as the pair planned them: resolvePlan's reading (their minutes, else the programme's). */
function plannedActivities(lessonNumber: number, fields: Record<string, Prisma.JsonValue>) {
  const lesson = getLesson(lessonNumber);
  return lesson ? resolvePlan(lesson, fieldStates(fields)) : null;
}

/**
 * "Uitvoering volgens plan" for the classes in scope that match the filter, per lesson; and, with
 * `classId`, one class per lesson and activity. Null (a 404) for anyone but a coordinator, and for
 * a class outside the coordinator's schools. Counts and minutes only, no pupil data, no notes.
 * A bounded number of queries whatever the number of classes: the scope, two aggregates, and the
 * activity fields of the recorded lessons in one grouped query.
 */
export async function getFidelityReport(user: CurrentUser, filter: OverviewFilter, classId?: string): Promise<FidelityReport | null> {
  const scope = await coordinatorScope(user, filter);
  if (!scope) return null;
  const chosen = classId === undefined ? null : scope.readable.find((c) => c.id === classId);
  if (chosen === undefined) return null;
  const ids = scope.classes.map((c) => c.id);

  const [held, outcomes, plans] =
    ids.length === 0
      ? [[], [], []]
      : await Promise.all([
          db.lessonPlan.groupBy({ by: ['lessonNumber'], where: { classId: { in: ids }, heldOn: { not: null } }, _count: { _all: true } }),
          db.$queryRaw<OutcomeCount[]>`
            SELECT p."lessonNumber" AS "lessonNumber", o.outcome::text AS outcome, count(*)::int AS count,
                   COALESCE(sum(o."actualMinutes"), 0)::int AS "actualMinutes"
            FROM "ActivityOutcome" o JOIN "LessonPlan" p ON p.id = o."planId"
            WHERE p."classId" = ANY(${ids}::text[])
            GROUP BY 1, 2`,
          // One row per recorded lesson with only the fields that decide its planned minutes
          // (json, not jsonb: building 2,400 small objects takes half the time).
          db.$queryRaw<{ lessonNumber: number; fields: Record<string, Prisma.JsonValue> }[]>`
            SELECT p."lessonNumber" AS "lessonNumber",
                   COALESCE(json_object_agg(f.key, f.value) FILTER (WHERE f.key IS NOT NULL), '{}'::json) AS fields
            FROM "LessonPlan" p
            LEFT JOIN "SharedField" f ON f."documentKind" = 'PLAN' AND f."documentId" = p.id
                                     AND (f.key LIKE 'activity.%.minutes' OR f.key LIKE 'activity.%.included')
            WHERE p."classId" = ANY(${ids}::text[]) AND EXISTS (SELECT 1 FROM "ActivityOutcome" o WHERE o."planId" = p.id)
            GROUP BY p.id`,
        ]);

  return {
    schools: scope.schools,
    years: scope.years,
    classCount: ids.length,
    classes: withChosen(scope.classes, chosen).map((c) => ({ id: c.id, name: c.name, schoolName: c.school.name })),
    lessons: summariseLessons(
      programme.lessons.map((l) => l.number),
      {
        held: held.map((h) => ({ lessonNumber: h.lessonNumber, count: h._count._all })),
        outcomes,
        plannedTotals: plans.map((p) => ({ lessonNumber: p.lessonNumber, plannedMinutes: plannedActivities(p.lessonNumber, p.fields)?.plannedMinutes ?? 0 })),
      },
    ),
    selected: chosen ? await classFidelity(chosen) : null,
  };
}

/** The picker lists the filtered classes, and the chosen class even when the filter leaves it out. */
function withChosen(classes: ScopedClass[], chosen: ScopedClass | null): ScopedClass[] {
  return chosen && !classes.some((c) => c.id === chosen.id) ? [...classes, chosen] : classes;
}

async function classFidelity(schoolClass: ScopedClass): Promise<ClassFidelity> {
  const plans = await db.lessonPlan.findMany({
    where: { classId: schoolClass.id, OR: [{ heldOn: { not: null } }, { outcomes: { some: {} } }] },
    select: { id: true, lessonNumber: true, heldOn: true, outcomes: { select: { activityNumber: true, outcome: true, actualMinutes: true } } },
    orderBy: { lessonNumber: 'asc' },
  });
  const fields = await db.sharedField.findMany({
    where: { documentKind: 'PLAN', documentId: { in: plans.map((p) => p.id) }, OR: [{ key: { endsWith: '.minutes' } }, { key: { endsWith: '.included' } }] },
    select: { documentId: true, key: true, value: true },
  });
  return {
    id: schoolClass.id,
    name: schoolClass.name,
    schoolName: schoolClass.school.name,
    schoolYear: schoolClass.schoolYear,
    lessons: plans.flatMap((plan) => {
      const own = Object.fromEntries(fields.filter((f) => f.documentId === plan.id).map((f) => [f.key, f.value]));
      const planned = plannedActivities(plan.lessonNumber, own);
      if (!planned) return [];
      const recorded = plan.outcomes.map((o) => ({ activityNumber: o.activityNumber, outcome: o.outcome as OutcomeKind, actualMinutes: o.actualMinutes }));
      return [lessonFidelity(plan.lessonNumber, plan.heldOn?.toISOString().slice(0, 10) ?? null, planned.activities, recorded)];
    }),
  };
}
