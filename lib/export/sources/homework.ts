import 'server-only';
import { db } from '../../db';
import type { TableSource } from '../sheets';
import type { HomeworkRow } from '../tables/homework';
import { classOf } from './class-of';

const where = (classIds: string[]) => ({ pupil: { classId: { in: classIds } } });

export const homeworkSource: TableSource<HomeworkRow> = {
  count: (classIds) => db.homeworkAssignment.count({ where: where(classIds) }),
  order: (row) => [row.pupilCode, row.lessonNumber],
  async read(classes) {
    const sheets = await db.homeworkAssignment.findMany({
      where: where([...classes.keys()]),
      // The pupil's code only, never the alias; the mentor and the note stay out.
      select: { id: true, lessonNumber: true, status: true, createdAt: true, returnedOn: true, pupil: { select: { classId: true, code: true } }, _count: { select: { followUps: true } } },
    });
    return sheets.map(
      (h): HomeworkRow => ({
        class: classOf(classes, h.pupil.classId),
        homeworkId: h.id,
        pupilCode: h.pupil.code,
        lessonNumber: h.lessonNumber,
        status: h.status,
        handedOutAt: h.createdAt,
        returnedOn: h.returnedOn,
        followUpSteps: h._count.followUps,
      }),
    );
  },
};
