import 'server-only';
import { db } from '../../db';
import type { TableSource } from '../sheets';
import type { CaptureRow } from '../tables/captures';
import { planOf, plansOf, roleOf, rolesOf } from './batch';

export const captureSource: TableSource<CaptureRow> = {
  count: (classIds) => db.capture.count({ where: { plan: { classId: { in: classIds } } } }),
  order: (row) => [row.lessonNumber, row.capturedAt.toISOString(), row.captureId],
  async read(classes) {
    const plans = await plansOf(classes);
    const captures = await db.capture.findMany({
      where: { planId: { in: [...plans.keys()] } },
      select: { id: true, planId: true, pupilId: true, kind: true, text: true, activityNumber: true, capturedAt: true, authorId: true },
    });
    // The pupil by code and the author by role: no names leave the app.
    const [pupils, roles] = await Promise.all([
      db.pupil.findMany({ where: { id: { in: [...new Set(captures.map((c) => c.pupilId))] } }, select: { id: true, code: true } }),
      rolesOf(captures.map((c) => c.authorId)),
    ]);
    const codeOf = new Map(pupils.map((p) => [p.id, p.code]));
    return captures.map((c): CaptureRow => {
      const plan = planOf(plans, c.planId);
      return {
        class: plan.class,
        lessonNumber: plan.lessonNumber,
        planId: plan.id,
        captureId: c.id,
        pupilCode: codeOf.get(c.pupilId) ?? '',
        kind: c.kind,
        activityNumber: c.activityNumber,
        capturedAt: c.capturedAt,
        authorRole: roleOf(roles, c.authorId),
        text: c.text,
      };
    });
  },
};
