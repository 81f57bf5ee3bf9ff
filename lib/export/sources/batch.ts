import 'server-only';
import { db } from '../../db';
import type { Role } from '../../generated/prisma/enums';
import type { ExportClass } from '../tables/context';

/*
 * The sources read flat rows (scalar columns only) and join them here in memory: a nested
 * relation select costs Prisma about three times as much per row, which matters at 100,000 rows.
 */

export interface BatchPlan {
  id: string;
  class: ExportClass;
  lessonNumber: number;
}

/** The lesson plans of a batch's classes, by id. */
export async function plansOf(classes: ReadonlyMap<string, ExportClass>): Promise<Map<string, BatchPlan>> {
  const plans = await db.lessonPlan.findMany({ where: { classId: { in: [...classes.keys()] } }, select: { id: true, classId: true, lessonNumber: true } });
  return new Map(plans.map((p) => [p.id, { id: p.id, class: classOf(classes, p.classId), lessonNumber: p.lessonNumber }]));
}

/** The submitted evaluations of these plans, by id. */
export async function submittedEvaluationsOf(plans: ReadonlyMap<string, BatchPlan>): Promise<Map<string, { id: string; plan: BatchPlan; submittedAt: Date | null }>> {
  const evaluations = await db.evaluation.findMany({ where: { planId: { in: [...plans.keys()] }, submittedAt: { not: null } }, select: { id: true, planId: true, submittedAt: true } });
  return new Map(evaluations.map((e) => [e.id, { id: e.id, plan: planOf(plans, e.planId), submittedAt: e.submittedAt }]));
}

/** Staff appear by role only: the roles of these accounts, never their names. */
export async function rolesOf(userIds: Iterable<string>): Promise<Map<string, Role>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, role: true } });
  return new Map(users.map((u) => [u.id, u.role]));
}

/** The batch's class of a row read for that batch (a row of any other class is a bug). */
export function classOf(classes: ReadonlyMap<string, ExportClass>, classId: string): ExportClass {
  const found = classes.get(classId);
  if (!found) throw new Error(`Row of class ${classId} outside the export batch`);
  return found;
}

export function planOf(plans: ReadonlyMap<string, BatchPlan>, planId: string): BatchPlan {
  const found = plans.get(planId);
  if (!found) throw new Error(`Row of plan ${planId} outside the export batch`);
  return found;
}

export function roleOf(roles: ReadonlyMap<string, Role>, userId: string): Role {
  const found = roles.get(userId);
  if (!found) throw new Error(`No role for author ${userId}`);
  return found;
}
