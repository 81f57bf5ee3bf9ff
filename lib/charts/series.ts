/**
 * Turns the aggregate rows the database returns (only the groups that exist) into the complete
 * series a chart and its table show: every lesson, every activity, zeros included.
 */

export interface LessonRef {
  number: number;
  activities: { number: number; title: string }[];
}

export interface EvaluationCount {
  lessonNumber: number;
  /** Lessons given (a held date is set). */
  held: number;
  /** Evaluations submitted by the pair. */
  submitted: number;
}

export function evaluationsPerLesson(lessonNumbers: number[], rows: EvaluationCount[]): EvaluationCount[] {
  return lessonNumbers.map((lessonNumber) => {
    const row = rows.find((r) => r.lessonNumber === lessonNumber);
    return { lessonNumber, held: row?.held ?? 0, submitted: row?.submitted ?? 0 };
  });
}

export interface StressLesson {
  number: number;
  total: number;
  /** Signals noted without an activity (or with one the lesson does not have). */
  unknown: number;
  activities: { number: number; title: string; count: number }[];
}

export interface StressGrid {
  lessons: StressLesson[];
  /** The most activities any lesson has: the grid's number of rows. */
  activityRows: number;
  hasUnknown: boolean;
  /** The largest single cell, for shading. */
  max: number;
  total: number;
}

export function stressGrid(lessons: LessonRef[], rows: { lessonNumber: number; activityNumber: number | null; count: number }[]): StressGrid {
  const shaped = lessons.map((lesson): StressLesson => {
    const own = rows.filter((r) => r.lessonNumber === lesson.number);
    const activities = lesson.activities.map((a) => ({
      number: a.number,
      title: a.title,
      count: own.filter((r) => r.activityNumber === a.number).reduce((sum, r) => sum + r.count, 0),
    }));
    const total = own.reduce((sum, r) => sum + r.count, 0);
    return { number: lesson.number, total, unknown: total - activities.reduce((sum, a) => sum + a.count, 0), activities };
  });
  return {
    lessons: shaped,
    activityRows: Math.max(0, ...lessons.map((l) => l.activities.length)),
    hasUnknown: shaped.some((l) => l.unknown > 0),
    max: Math.max(0, ...shaped.flatMap((l) => [...l.activities.map((a) => a.count), l.unknown])),
    total: shaped.reduce((sum, l) => sum + l.total, 0),
  };
}

export const homeworkStatuses = ['RETURNED', 'NOT_RETURNED', 'HANDED_OUT'] as const;
export type HomeworkStatus = (typeof homeworkStatuses)[number];

export type HomeworkCount = { lessonNumber: number; total: number } & Record<HomeworkStatus, number>;

/** Per lesson: sheets back, not back, and still out. The lessons with homework, plus any other that has some. */
export function homeworkPerLesson(homeworkLessons: number[], rows: { lessonNumber: number; status: HomeworkStatus; count: number }[]): HomeworkCount[] {
  const numbers = [...new Set([...homeworkLessons, ...rows.map((r) => r.lessonNumber)])].sort((a, b) => a - b);
  return numbers.map((lessonNumber) => {
    const of = (status: HomeworkStatus) => rows.filter((r) => r.lessonNumber === lessonNumber && r.status === status).reduce((sum, r) => sum + r.count, 0);
    const counts = { RETURNED: of('RETURNED'), NOT_RETURNED: of('NOT_RETURNED'), HANDED_OUT: of('HANDED_OUT') };
    return { lessonNumber, ...counts, total: counts.RETURNED + counts.NOT_RETURNED + counts.HANDED_OUT };
  });
}

/** The shade (0 = none, 1–4 darker) of a heat-map cell: colour only repeats the number printed in it. */
export function heatStep(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (!(count > 0) || !(max > 0)) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4))) as 1 | 2 | 3 | 4;
}
