import 'server-only';
import { db } from '../../db';
import type { TableSource } from '../sheets';
import type { HomeworkRow } from '../tables/homework';
import { classOf } from './batch';

export const homeworkSource: TableSource<HomeworkRow> = {
  count: (classIds) => db.homeworkAssignment.count({ where: { pupil: { classId: { in: classIds } } } }),
  order: (row) => [row.pupilCode, row.lessonNumber],
  async read(classes) {
    // The pupil's code only, never the alias; the mentor and the note stay out.
    const pupils = new Map(
      (await db.pupil.findMany({ where: { classId: { in: [...classes.keys()] } }, select: { id: true, classId: true, code: true } })).map((p) => [p.id, p]),
    );
    const sheets = await db.homeworkAssignment.findMany({
      where: { pupilId: { in: [...pupils.keys()] } },
      select: { id: true, pupilId: true, lessonNumber: true, status: true, createdAt: true, returnedOn: true },
    });
    const steps = await db.followUpRecord.groupBy({ by: ['assignmentId'], where: { assignmentId: { in: sheets.map((s) => s.id) } }, _count: { _all: true } });
    const stepsOf = new Map(steps.map((s) => [s.assignmentId, s._count._all]));
    return sheets.map((h): HomeworkRow => {
      const pupil = pupils.get(h.pupilId)!;
      return {
        class: classOf(classes, pupil.classId),
        homeworkId: h.id,
        pupilCode: pupil.code,
        lessonNumber: h.lessonNumber,
        status: h.status,
        handedOutAt: h.createdAt,
        returnedOn: h.returnedOn,
        followUpSteps: stepsOf.get(h.id) ?? 0,
      };
    });
  },
};
