import type { HomeworkStatus } from '../generated/prisma/enums';
import { lessonDatesFrom } from '../homework/lesson-dates';
import { homeworkSchedule, isOpen, type UndatedReason } from '../homework/schedule';
import { calendarDateInAmsterdam, toIsoDate } from '../programme/homework-due';
import type { FollowUpActor } from '../programme/schema';

/*
 * "Vandaag": what the pair of one class has to do today, built from plain data so it can be tested
 * without a database. Days are calendar dates (00:00 UTC of the Amsterdam day, see homework-due.ts).
 */

export interface TodayPupil {
  id: string;
  alias: string;
}

export interface TodayMentor {
  who: string;
  contact: string | null;
}

export interface TodayAssignment {
  id: string;
  pupil: TodayPupil;
  mentor: TodayMentor | null;
  lessonNumber: number;
  status: HomeworkStatus;
  /** Keys of the follow-up steps already recorded as done. */
  doneStepKeys: readonly string[];
}

export interface TodayPlan {
  lessonNumber: number;
  scheduledAt: Date | null;
}

export interface DueHomework {
  assignmentId: string;
  pupil: TodayPupil;
  mentor: TodayMentor | null;
  lessonNumber: number;
  /** 'YYYY-MM-DD' */
  dueDate: string;
  overdue: boolean;
}

export interface DueStep {
  assignmentId: string;
  pupil: TodayPupil;
  mentor: TodayMentor | null;
  lessonNumber: number;
  stepKey: string;
  who: FollowUpActor;
  action: string;
  /** 'YYYY-MM-DD' */
  date: string;
  overdue: boolean;
}

export interface UndatedHomework {
  lessonNumber: number;
  reason: UndatedReason;
  /** How many sheets of this lesson are still out. */
  openCount: number;
}

export interface UpcomingLesson {
  lessonNumber: number;
  startsAt: Date;
  /** 'YYYY-MM-DD' in Amsterdam. */
  day: string;
}

export interface TodayOverview {
  /** 'YYYY-MM-DD' */
  today: string;
  /** The last day of the "this week" window, inclusive: today and the six days after it. */
  weekEnd: string;
  homework: DueHomework[];
  steps: DueStep[];
  undated: UndatedHomework[];
  lessons: UpcomingLesson[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whose a step is, seen from a user: the care worker's and the teacher's own steps, and the pair's for both. */
export function isStepFor(who: FollowUpActor, role: string): boolean {
  if (who === 'PAIR') return role === 'TEACHER' || role === 'CARE_WORKER';
  return who === role;
}

export function buildToday(input: { now: Date; plans: readonly TodayPlan[]; assignments: readonly TodayAssignment[] }): TodayOverview {
  const today = calendarDateInAmsterdam(input.now);
  const todayIso = toIsoDate(today);
  const weekEnd = toIsoDate(new Date(today.getTime() + 6 * DAY_MS));
  const dates = lessonDatesFrom(input.plans);

  const homework: DueHomework[] = [];
  const steps: DueStep[] = [];
  const undated = new Map<number, UndatedHomework>();

  for (const assignment of input.assignments) {
    if (!isOpen(assignment.status)) continue;
    const schedule = homeworkSchedule(assignment.lessonNumber, dates);
    if (!schedule) continue;
    const base = { assignmentId: assignment.id, pupil: assignment.pupil, mentor: assignment.mentor, lessonNumber: assignment.lessonNumber };

    if (schedule.dueDate) {
      const dueDate = toIsoDate(schedule.dueDate);
      if (dueDate <= todayIso) homework.push({ ...base, dueDate, overdue: dueDate < todayIso });
    } else if (schedule.undatedReason) {
      const entry = undated.get(assignment.lessonNumber) ?? { lessonNumber: assignment.lessonNumber, reason: schedule.undatedReason, openCount: 0 };
      entry.openCount += 1;
      undated.set(assignment.lessonNumber, entry);
    }

    for (const step of schedule.steps) {
      if (!step.date || assignment.doneStepKeys.includes(step.key)) continue;
      const date = toIsoDate(step.date);
      if (date > todayIso) continue;
      steps.push({ ...base, stepKey: step.key, who: step.who, action: step.action, date, overdue: date < todayIso });
    }
  }

  const lessons: UpcomingLesson[] = input.plans
    .flatMap((plan) => {
      if (!plan.scheduledAt) return [];
      const day = toIsoDate(calendarDateInAmsterdam(plan.scheduledAt));
      return day >= todayIso && day <= weekEnd ? [{ lessonNumber: plan.lessonNumber, startsAt: plan.scheduledAt, day }] : [];
    })
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());

  // Oldest first: what is most overdue comes first. The sort is stable, so a ladder keeps its order.
  homework.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.lessonNumber - b.lessonNumber || a.pupil.alias.localeCompare(b.pupil.alias, 'nl'));
  steps.sort((a, b) => a.date.localeCompare(b.date) || a.lessonNumber - b.lessonNumber || a.pupil.alias.localeCompare(b.pupil.alias, 'nl'));

  return {
    today: todayIso,
    weekEnd,
    homework,
    steps,
    undated: [...undated.values()].sort((a, b) => a.lessonNumber - b.lessonNumber),
    lessons,
  };
}
