import 'server-only';
import type { CurrentUser } from '../auth/current-user';
import { seesPupilAliases } from '../auth/policy';
import { audit } from '../audit/log';
import { findClassFor, type ClassRef } from '../classes/access';
import { documentSnapshot } from '../collab/snapshot';
import type { DocumentSnapshot } from '../collab/types';
import { db } from '../db';
import { programme } from '../programme';
import { getProgrammeLesson, type LessonDetail } from '../programme/queries';
import { planDocument } from './document';

export type PlanStatus = 'NOT_STARTED' | 'PREPARING' | 'READY' | 'HELD' | 'EVALUATED';

export interface ClassLessonRow {
  number: number;
  title: string;
  optional: boolean;
  status: PlanStatus;
  scheduledAt: string | null;
  heldOn: string | null;
  planId: string | null;
}

/** The class's 8 lessons with each plan's status and date. */
export async function listClassLessons(user: CurrentUser, classId: string): Promise<{ schoolClass: ClassRef; lessons: ClassLessonRow[] } | null> {
  const schoolClass = await findClassFor(user, classId, 'read');
  if (!schoolClass) return null;
  const plans = await db.lessonPlan.findMany({ where: { classId }, select: { id: true, lessonNumber: true, status: true, scheduledAt: true, heldOn: true } });
  const byNumber = new Map(plans.map((p) => [p.lessonNumber, p]));
  return {
    schoolClass,
    lessons: programme.lessons.map((lesson) => {
      const plan = byNumber.get(lesson.number);
      return {
        number: lesson.number,
        title: lesson.title,
        optional: lesson.optional,
        status: plan?.status ?? 'NOT_STARTED',
        scheduledAt: plan?.scheduledAt?.toISOString() ?? null,
        heldOn: plan?.heldOn?.toISOString().slice(0, 10) ?? null,
        planId: plan?.id ?? null,
      };
    }),
  };
}

export interface PreparePage {
  schoolClass: ClassRef;
  lesson: LessonDetail;
  plan: { id: string; status: PlanStatus; lessonNumber: number };
  snapshot: DocumentSnapshot;
  editable: boolean;
  /** Pupils for attention points: aliases for the pair, codes for readers who may not see aliases. */
  pupils: { id: string; label: string }[];
  team: { id: string; name: string; role: 'TEACHER' | 'CARE_WORKER' }[];
  previous: PreviousLesson | null;
}

export interface PreviousLesson {
  number: number;
  title: string;
  status: PlanStatus;
  heldOn: string | null;
  planId: string | null;
  activities: { number: number; title: string; included: boolean; minutes: number | null; option: string | null }[];
  evaluationSubmitted: boolean;
  evaluationAnswers: { questionKey: string; partKey: string; text: string }[];
  logbooks: { author: string; text: string }[];
}

/** The prepare page's data for lesson N of a class: read-only for a coordinator. */
export async function getPreparePage(user: CurrentUser, classId: string, lessonNumber: number): Promise<PreparePage | null> {
  const schoolClass = await findClassFor(user, classId, 'read');
  if (!schoolClass) return null;
  const plan = await db.lessonPlan.findUnique({ where: { classId_lessonNumber: { classId, lessonNumber } } });
  if (!plan) return null;
  const [lesson, snapshot, access, pupils, team, previous] = await Promise.all([
    getProgrammeLesson(user, lessonNumber),
    documentSnapshot(planDocument, plan.id),
    planDocument.resolve(user, plan.id, 'read'),
    db.pupil.findMany({ where: { classId, active: true }, orderBy: { alias: 'asc' }, select: { id: true, alias: true, code: true } }),
    db.classTeamMember.findMany({ where: { classId, user: { active: true, role: { in: ['TEACHER', 'CARE_WORKER'] } } }, include: { user: true } }),
    previousLesson(classId, lessonNumber),
  ]);
  if (!lesson || !access) return null;
  const aliases = seesPupilAliases(user, classId);
  if (aliases && pupils.length > 0) {
    await audit({ userId: user.id, action: 'pupil.read', entity: 'LessonPlan', entityId: plan.id, classId, detail: { view: 'prepare' } });
  }
  return {
    schoolClass,
    lesson,
    plan: { id: plan.id, status: plan.status, lessonNumber },
    snapshot,
    editable: access.editable,
    pupils: pupils.map((p) => ({ id: p.id, label: aliases ? p.alias : p.code })),
    team: team.map((m) => ({ id: m.user.id, name: m.user.name, role: m.user.role as 'TEACHER' | 'CARE_WORKER' })),
    previous,
  };
}

async function previousLesson(classId: string, lessonNumber: number): Promise<PreviousLesson | null> {
  if (lessonNumber <= 1) return null;
  const number = lessonNumber - 1;
  const lesson = programme.lessons.find((l) => l.number === number);
  if (!lesson) return null;
  const plan = await db.lessonPlan.findUnique({
    where: { classId_lessonNumber: { classId, lessonNumber: number } },
    include: {
      evaluation: { include: { answers: true } },
      logbookEntries: { include: { author: { select: { name: true } } } },
    },
  });
  const fields = plan ? (await documentSnapshot(planDocument, plan.id)).fields : {};
  const value = (key: string) => fields[key]?.value ?? null;
  return {
    number,
    title: lesson.title,
    status: plan?.status ?? 'NOT_STARTED',
    heldOn: plan?.heldOn?.toISOString().slice(0, 10) ?? null,
    planId: plan?.id ?? null,
    activities: lesson.activities.map((a) => ({
      number: a.number,
      title: a.title,
      included: value(`activity.${a.number}.included`) !== false,
      minutes: typeof value(`activity.${a.number}.minutes`) === 'number' ? (value(`activity.${a.number}.minutes`) as number) : null,
      option: a.options.find((o) => o.key === value(`activity.${a.number}.option`))?.label ?? null,
    })),
    evaluationSubmitted: Boolean(plan?.evaluation?.submittedAt),
    evaluationAnswers: plan?.evaluation?.submittedAt ? plan.evaluation.answers.map((a) => ({ questionKey: a.questionKey, partKey: a.partKey, text: a.text })) : [],
    // The caller may read this class (checked above): its logbooks are for the partner and the coordinator.
    logbooks: (plan?.logbookEntries ?? []).map((l) => ({ author: l.author.name, text: l.text })),
  };
}
