import 'server-only';
import { db } from '../../db';
import type { TableSource } from '../sheets';
import type { CaptureRow } from '../tables/captures';
import { classOf } from './class-of';

const where = (classIds: string[]) => ({ plan: { classId: { in: classIds } } });

export const captureSource: TableSource<CaptureRow> = {
  count: (classIds) => db.capture.count({ where: where(classIds) }),
  order: (row) => [row.lessonNumber, row.capturedAt.toISOString(), row.captureId],
  async read(classes) {
    const captures = await db.capture.findMany({
      where: where([...classes.keys()]),
      select: {
        id: true,
        planId: true,
        kind: true,
        text: true,
        activityNumber: true,
        capturedAt: true,
        // The pupil by code and the author by role: no names leave the app.
        pupil: { select: { code: true } },
        author: { select: { role: true } },
        plan: { select: { classId: true, lessonNumber: true } },
      },
    });
    return captures.map(
      (c): CaptureRow => ({
        class: classOf(classes, c.plan.classId),
        lessonNumber: c.plan.lessonNumber,
        planId: c.planId,
        captureId: c.id,
        pupilCode: c.pupil.code,
        kind: c.kind,
        activityNumber: c.activityNumber,
        capturedAt: c.capturedAt,
        authorRole: c.author.role,
        text: c.text,
      }),
    );
  },
};
