import 'server-only';
import type { CurrentUser } from '../auth/current-user';
import { db } from '../db';
import type { HomeworkStatus } from '../generated/prisma/enums';
import { getLesson } from '../programme';
import { calendarDateInAmsterdam, toIsoDate } from '../programme/homework-due';
import type { FollowUpActor } from '../programme/schema';
import { findPupilDataClass } from '../pupils/access';
import { auditPupilDataRead } from '../pupils/audit-read';
import { lessonDatesFrom } from './lesson-dates';
import { HOMEWORK_LESSON_NUMBERS } from './schema';
import { homeworkSchedule, type UndatedReason } from './schedule';

const iso = (date: Date | null | undefined) => (date ? toIsoDate(date) : null);

export interface HomeworkLessonSummary {
  lessonNumber: number;
  title: string;
  description: string;
  /** 'YYYY-MM-DD', or null with the reason why not yet. */
  dueDate: string | null;
  undatedReason: UndatedReason | null;
  handedOut: boolean;
  counts: Record<HomeworkStatus, number>;
  /** Active pupils who joined after it was handed out and have no assignment yet. */
  pupilsWithout: number;
}

export interface HomeworkOverview {
  today: string;
  activePupils: number;
  lessons: HomeworkLessonSummary[];
}

function classPlans(classId: string) {
  return db.lessonPlan.findMany({ where: { classId }, select: { lessonNumber: true, scheduledAt: true } });
}

/** Every lesson with mentor homework: due date and how many sheets are back; null when not allowed. */
export async function homeworkOverview(user: CurrentUser, classId: string): Promise<HomeworkOverview | null> {
  const schoolClass = await findPupilDataClass(user, classId, 'read');
  if (!schoolClass) return null;
  const [plans, pupils, assignments] = await Promise.all([
    classPlans(schoolClass.id),
    db.pupil.findMany({ where: { classId: schoolClass.id, active: true }, select: { id: true } }),
    db.homeworkAssignment.findMany({ where: { pupil: { classId: schoolClass.id, active: true } }, select: { lessonNumber: true, status: true, pupilId: true } }),
  ]);
  await auditPupilDataRead(user, schoolClass.id, 'homework', { pupils: pupils.length });
  const dates = lessonDatesFrom(plans);
  const lessons = HOMEWORK_LESSON_NUMBERS.flatMap((lessonNumber): HomeworkLessonSummary[] => {
    const schedule = homeworkSchedule(lessonNumber, dates);
    const lesson = getLesson(lessonNumber);
    if (!schedule || !lesson) return [];
    const own = assignments.filter((a) => a.lessonNumber === lessonNumber);
    const counts: Record<HomeworkStatus, number> = { HANDED_OUT: 0, RETURNED: 0, NOT_RETURNED: 0 };
    for (const a of own) counts[a.status] += 1;
    const withAssignment = new Set(own.map((a) => a.pupilId));
    return [
      {
        lessonNumber,
        title: lesson.title,
        description: schedule.rule.description,
        dueDate: iso(schedule.dueDate),
        undatedReason: schedule.undatedReason,
        handedOut: own.length > 0,
        counts,
        pupilsWithout: own.length > 0 ? pupils.filter((p) => !withAssignment.has(p.id)).length : 0,
      },
    ];
  });
  return { today: toIsoDate(calendarDateInAmsterdam(new Date())), activePupils: pupils.length, lessons };
}

export interface FollowUpStepView {
  key: string;
  who: FollowUpActor;
  action: string;
  /** 'YYYY-MM-DD', or null while the lesson it depends on is not planned. */
  date: string | null;
  /** Due today or earlier and not done, with the sheet not back. */
  due: boolean;
  done: { doneOn: string; doneBy: string; note: string | null } | null;
}

export interface AssignmentView {
  id: string;
  pupil: { id: string; alias: string };
  mentor: { who: string; contact: string | null } | null;
  status: HomeworkStatus;
  returnedOn: string | null;
  steps: FollowUpStepView[];
}

export interface HomeworkLessonView {
  lessonNumber: number;
  title: string;
  description: string;
  ruleText: string;
  today: string;
  lessonDate: string | null;
  nextLessonDate: string | null;
  dueDate: string | null;
  undatedReason: UndatedReason | null;
  assignments: AssignmentView[];
  pupilsWithout: { id: string; alias: string }[];
}

/** One lesson's homework per pupil, with each pupil's follow-up ladder; null when not allowed or no homework. */
export async function homeworkLessonView(user: CurrentUser, classId: string, lessonNumber: number): Promise<HomeworkLessonView | null> {
  const schoolClass = await findPupilDataClass(user, classId, 'read');
  const lesson = getLesson(lessonNumber);
  if (!schoolClass || !lesson) return null;
  const plans = await classPlans(schoolClass.id);
  const dates = lessonDatesFrom(plans);
  const schedule = homeworkSchedule(lessonNumber, dates);
  if (!schedule) return null;
  const [pupils, assignments] = await Promise.all([
    db.pupil.findMany({ where: { classId: schoolClass.id, active: true }, orderBy: [{ alias: 'asc' }, { createdAt: 'asc' }], select: { id: true, alias: true } }),
    db.homeworkAssignment.findMany({
      where: { lessonNumber, pupil: { classId: schoolClass.id, active: true } },
      orderBy: [{ pupil: { alias: 'asc' } }, { createdAt: 'asc' }],
      select: {
        id: true,
        status: true,
        returnedOn: true,
        pupil: { select: { id: true, alias: true, mentor: { select: { who: true, contact: true } } } },
        followUps: { select: { stepKey: true, doneOn: true, note: true, doneBy: { select: { name: true } } } },
      },
    }),
  ]);
  await auditPupilDataRead(user, schoolClass.id, `homework.lesson${lessonNumber}`, { pupils: assignments.length });

  const today = toIsoDate(calendarDateInAmsterdam(new Date()));
  const withAssignment = new Set(assignments.map((a) => a.pupil.id));
  return {
    lessonNumber,
    title: lesson.title,
    description: schedule.rule.description,
    ruleText: schedule.rule.ruleText,
    today,
    lessonDate: iso(dates.get(lessonNumber)),
    nextLessonDate: iso(dates.get(lessonNumber + 1)),
    dueDate: iso(schedule.dueDate),
    undatedReason: schedule.undatedReason,
    assignments: assignments.map((a) => ({
      id: a.id,
      pupil: { id: a.pupil.id, alias: a.pupil.alias },
      mentor: a.pupil.mentor,
      status: a.status,
      returnedOn: iso(a.returnedOn),
      steps: schedule.steps.map((step) => {
        const record = a.followUps.find((f) => f.stepKey === step.key);
        const date = iso(step.date);
        return {
          key: step.key,
          who: step.who,
          action: step.action,
          date,
          due: !record && a.status !== 'RETURNED' && date !== null && date <= today,
          done: record ? { doneOn: toIsoDate(record.doneOn), doneBy: record.doneBy.name, note: record.note } : null,
        };
      }),
    })),
    pupilsWithout: pupils.filter((p) => !withAssignment.has(p.id)),
  };
}
