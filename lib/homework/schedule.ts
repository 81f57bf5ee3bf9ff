import { getLesson } from '../programme';
import { followUpSchedule, homeworkDueDate, resolveFollowUp, type ScheduledFollowUpStep } from '../programme/homework-due';
import type { HomeworkRule } from '../programme/schema';
import type { LessonDates } from './lesson-dates';

/** Why a lesson's homework has no due date yet. */
export type UndatedReason = 'lessonNotScheduled' | 'nextLessonNotScheduled';

export interface HomeworkSchedule {
  lessonNumber: number;
  rule: HomeworkRule;
  /** The day the sheet is due, or null while the date it depends on is not planned. */
  dueDate: Date | null;
  undatedReason: UndatedReason | null;
  /** The whole follow-up ladder ("reactie als bij les 1" applied), each step with its day or null. */
  steps: ScheduledFollowUpStep[];
}

/**
 * A lesson's homework with its due date and follow-up ladder, from the class's lesson dates (lesson N
 * and N+1); null when the lesson gives no mentor homework.
 */
export function homeworkSchedule(lessonNumber: number, dates: LessonDates): HomeworkSchedule | null {
  const rule = getLesson(lessonNumber)?.homework;
  const ladder = resolveFollowUp(lessonNumber);
  if (!rule || !ladder) return null;
  const lessonDate = dates.get(lessonNumber) ?? null;
  const nextLessonDate = dates.get(lessonNumber + 1) ?? null;
  const dueDate = homeworkDueDate(rule, lessonDate, nextLessonDate);
  const undatedReason = dueDate ? null : rule.due.kind === 'DAYS_AFTER_LESSON' ? 'lessonNotScheduled' : 'nextLessonNotScheduled';
  const steps = followUpSchedule({ due: rule.due, followUp: ladder.steps }, lessonDate, nextLessonDate);
  return { lessonNumber, rule, dueDate, undatedReason, steps };
}

/** Whether a homework status still needs the sheet (handed out or registered as not returned). */
export function isOpen(status: 'HANDED_OUT' | 'RETURNED' | 'NOT_RETURNED'): boolean {
  return status !== 'RETURNED';
}
