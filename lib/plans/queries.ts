import 'server-only';
import type { CurrentUser } from '../auth/current-user';
import { seesPupilAliases } from '../auth/policy';
import { textFor } from '../pseudonym/class-pseudonymisers';
import type { Pseudonymise } from '../pseudonym/replace-aliases';
import { audit } from '../audit/log';
import { findClassFor, type ClassRef } from '../classes/access';
import { documentSnapshot } from '../collab/snapshot';
import type { DocumentSnapshot } from '../collab/types';
import { db } from '../db';
import { programme } from '../programme';
import { getProgrammeLesson, type LessonDetail } from '../programme/queries';
import { planDocument } from './document';
import { resolvePlan, type ResolvedPlan } from './resolve';

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
  /** Submitted answers, labelled with the question number and part (e.g. "1 A"). */
  evaluationAnswers: { label: string; text: string }[];
  logbooks: { author: string; text: string }[];
}

/** The prepare page's data for lesson N of a class: read-only for a coordinator. */
export async function getPreparePage(user: CurrentUser, classId: string, lessonNumber: number): Promise<PreparePage | null> {
  const schoolClass = await findClassFor(user, classId, 'read');
  if (!schoolClass) return null;
  const plan = await db.lessonPlan.findUnique({ where: { classId_lessonNumber: { classId, lessonNumber } } });
  if (!plan) return null;
  const text = await textFor(user, classId);
  const [lesson, snapshot, access, pupils, team, previous] = await Promise.all([
    getProgrammeLesson(user, lessonNumber),
    documentSnapshot(planDocument, plan.id, text),
    planDocument.resolve(user, plan.id, 'read'),
    db.pupil.findMany({ where: { classId, active: true }, orderBy: { alias: 'asc' }, select: { id: true, alias: true, code: true } }),
    db.classTeamMember.findMany({ where: { classId, user: { active: true, role: { in: ['TEACHER', 'CARE_WORKER'] } } }, include: { user: true } }),
    previousLesson(classId, lessonNumber, text),
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

function labelAnswers(answers: { questionKey: string; partKey: string; text: string }[]): { label: string; text: string }[] {
  const questions = programme.evaluation.questions;
  const order = (key: string) => questions.findIndex((q) => q.key === key);
  return [...answers]
    .sort((a, b) => order(a.questionKey) - order(b.questionKey) || a.partKey.localeCompare(b.partKey))
    .map((answer) => {
      const question = questions.find((q) => q.key === answer.questionKey);
      const part = question?.parts.find((p) => p.key === answer.partKey);
      return { label: `${question?.number ?? '?'}${part ? ` ${part.label}` : ''}`, text: answer.text };
    });
}

async function previousLesson(classId: string, lessonNumber: number, text: Pseudonymise): Promise<PreviousLesson | null> {
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
  const resolved = resolvePlan(lesson, plan ? (await documentSnapshot(planDocument, plan.id, text)).fields : {});
  return {
    number,
    title: lesson.title,
    status: plan?.status ?? 'NOT_STARTED',
    heldOn: plan?.heldOn?.toISOString().slice(0, 10) ?? null,
    planId: plan?.id ?? null,
    activities: resolved.activities.map((a) => ({ number: a.number, title: a.title, included: a.included, minutes: a.minutes, option: a.optionLabel })),
    evaluationSubmitted: Boolean(plan?.evaluation?.submittedAt),
    evaluationAnswers: plan?.evaluation?.submittedAt ? labelAnswers(plan.evaluation.answers).map((a) => ({ ...a, text: text(a.text) })) : [],
    // The caller may read this class (checked above): its logbooks are for the partner and the coordinator.
    logbooks: (plan?.logbookEntries ?? []).map((l) => ({ author: l.author.name, text: text(l.text) })),
  };
}

export interface PrintablePlan {
  schoolClass: ClassRef;
  lesson: LessonDetail;
  status: PlanStatus;
  plan: ResolvedPlan;
  team: { name: string; role: 'TEACHER' | 'CARE_WORKER' }[];
  pupils: Record<string, string>;
}

/** The plan as one clean document to take into the classroom. */
export async function getPrintablePlan(user: CurrentUser, classId: string, lessonNumber: number): Promise<PrintablePlan | null> {
  const page = await getPreparePage(user, classId, lessonNumber);
  if (!page) return null;
  return {
    schoolClass: page.schoolClass,
    lesson: page.lesson,
    status: page.plan.status,
    plan: resolvePlan(page.lesson, page.snapshot.fields, page.pupils.map((p) => p.id)),
    team: page.team.map((m) => ({ name: m.name, role: m.role })),
    pupils: Object.fromEntries(page.pupils.map((p) => [p.id, p.label])),
  };
}
