import 'server-only';
import { audit } from '../audit/log';
import type { CurrentUser } from '../auth/current-user';
import { can, seesPupilAliases } from '../auth/policy';
import { findClassFor, type ClassRef } from '../classes/access';
import { documentSnapshot } from '../collab/snapshot';
import type { DocumentSnapshot } from '../collab/types';
import { conversationsOf, type ConversationView } from '../conversations/queries';
import { db } from '../db';
import { Prisma } from '../generated/prisma/client';
import { logbooksOf, type LogbookView } from '../logbook/queries';
import { textFor } from '../pseudonym/class-pseudonymisers';
import type { Pseudonymise } from '../pseudonym/replace-aliases';
import { getLesson } from '../programme';
import { hasEvaluationForm } from '../programme/lesson-extras';
import { evaluationDocument } from './document';
import { evaluationQuestions } from './fields';
import { findHeldPlan, type HeldPlan } from './held-plan';

export type CaptureKindName = 'STRESS' | 'OBSERVATION' | 'HELPED' | 'CONVERSATION_NEEDED';

export interface CaptureView {
  id: string;
  pupilAlias: string;
  kind: CaptureKindName;
  text: string | null;
  capturedAt: string;
  authorName: string;
}

export interface QuestionView {
  number: number;
  key: string;
  text: string;
  parts: { key: string; label: string }[];
}

export interface SubmittedAnswer {
  questionKey: string;
  partKey: string;
  label: string | null;
  text: string;
}

export interface AmendmentView {
  id: string;
  questionKey: string | null;
  text: string;
  authorName: string;
  createdAt: string;
}

export interface EvaluationView {
  id: string;
  submittedAt: string | null;
  submittedByName: string | null;
  /** The live draft; null once submitted (then `answers` holds the frozen text). */
  snapshot: DocumentSnapshot | null;
  editable: boolean;
  answers: SubmittedAnswer[];
  amendments: AmendmentView[];
}

export interface EvaluationPage {
  schoolClass: ClassRef;
  lesson: { number: number; title: string };
  plan: { id: string; status: string; heldOn: string | null };
  questions: QuestionView[];
  /** Null while the pair has not opened the evaluation yet (a reader may arrive first). */
  evaluation: EvaluationView | null;
  /** The pair: may edit, confirm and amend. */
  canWrite: boolean;
  team: { id: string; name: string; role: 'TEACHER' | 'CARE_WORKER' }[];
  /** The lesson's captures (pupil data): null for readers who may not see pupils. */
  captures: CaptureView[] | null;
  logbooks: LogbookView;
  conversations: ConversationView[] | null;
  /** Active pupils for the conversation form (the pair only). */
  pupils: { id: string; alias: string }[];
}

export type EvaluationPageResult = { state: 'ok'; page: EvaluationPage } | { state: 'notHeld'; schoolClass: ClassRef; status: string } | null;

/** Opens the pair's evaluation of a held lesson: the first visit of either of them creates it. */
async function ensureEvaluation(planId: string): Promise<string> {
  try {
    return (await db.evaluation.upsert({ where: { planId }, update: {}, create: { planId }, select: { id: true } })).id;
  } catch (error) {
    // Both of the pair opened the page at the same moment: the other one created it.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
    return (await db.evaluation.findUniqueOrThrow({ where: { planId }, select: { id: true } })).id;
  }
}

async function capturesOf(user: CurrentUser, plan: HeldPlan): Promise<CaptureView[] | null> {
  if (!seesPupilAliases(user, plan.classId)) return null;
  const rows = await db.capture.findMany({
    where: { planId: plan.id },
    include: { pupil: { select: { alias: true } }, author: { select: { name: true } } },
    orderBy: { capturedAt: 'asc' },
  });
  if (rows.length > 0) {
    await audit({ userId: user.id, action: 'pupil.read', entity: 'LessonPlan', entityId: plan.id, classId: plan.classId, detail: { view: 'evaluation.captures', count: rows.length } });
  }
  return rows.map((c) => ({ id: c.id, pupilAlias: c.pupil.alias, kind: c.kind, text: c.text, capturedAt: c.capturedAt.toISOString(), authorName: c.author.name }));
}

async function evaluationView(user: CurrentUser, evaluationId: string, text: Pseudonymise): Promise<EvaluationView | null> {
  const access = await evaluationDocument.resolve(user, evaluationId, 'read');
  if (!access) return null;
  const evaluation = await db.evaluation.findUniqueOrThrow({
    where: { id: evaluationId },
    include: { answers: true, amendments: { include: { author: { select: { name: true } } }, orderBy: { createdAt: 'asc' } } },
  });
  const submittedBy = evaluation.submittedById ? await db.user.findUnique({ where: { id: evaluation.submittedById }, select: { name: true } }) : null;
  const order = (a: { questionKey: string; partKey: string }) => {
    const q = evaluationQuestions.findIndex((x) => x.key === a.questionKey);
    const p = evaluationQuestions[q]?.parts.findIndex((x) => x.key === a.partKey) ?? 0;
    return q * 10 + p;
  };
  return {
    id: evaluation.id,
    submittedAt: evaluation.submittedAt?.toISOString() ?? null,
    submittedByName: submittedBy?.name ?? null,
    snapshot: evaluation.submittedAt ? null : await documentSnapshot(evaluationDocument, evaluation.id, text),
    editable: access.editable,
    answers: [...evaluation.answers]
      .sort((a, b) => order(a) - order(b))
      .map((a) => ({
        questionKey: a.questionKey,
        partKey: a.partKey,
        label: evaluationQuestions.find((q) => q.key === a.questionKey)?.parts.find((p) => p.key === a.partKey)?.label ?? null,
        text: text(a.text),
      })),
    amendments: evaluation.amendments.map((a) => ({ id: a.id, questionKey: a.questionKey, text: text(a.text), authorName: a.author.name, createdAt: a.createdAt.toISOString() })),
  };
}

/**
 * The evaluation page of lesson N of a class: the form (live draft or submitted answers with their
 * amendments), the lesson's captures to draw on, the logbooks and the conversations with pupils.
 * Null when the class or lesson is not there for this user.
 */
export async function getEvaluationPage(user: CurrentUser, classId: string, lessonNumber: number): Promise<EvaluationPageResult> {
  const lesson = getLesson(lessonNumber);
  if (!lesson || !hasEvaluationForm(lessonNumber)) return null;
  const schoolClass = await findClassFor(user, classId, 'read');
  if (!schoolClass) return null;
  const row = await db.lessonPlan.findUnique({ where: { classId_lessonNumber: { classId, lessonNumber } }, select: { id: true, status: true } });
  const plan = row ? await findHeldPlan(user, row.id, 'read') : null;
  if (!row || !plan) return { state: 'notHeld', schoolClass, status: row?.status ?? 'NOT_STARTED' };

  const canWrite = can(user, 'write', { kind: 'class', classId, schoolId: schoolClass.schoolId });
  const existing = await db.evaluation.findUnique({ where: { planId: plan.id }, select: { id: true } });
  const evaluationId = existing?.id ?? (canWrite ? await ensureEvaluation(plan.id) : null);

  const text = await textFor(user, classId);
  const [evaluation, team, captures, logbooks, conversations] = await Promise.all([
    evaluationId ? evaluationView(user, evaluationId, text) : null,
    db.classTeamMember.findMany({ where: { classId, user: { role: { in: ['TEACHER', 'CARE_WORKER'] } } }, include: { user: { select: { id: true, name: true, role: true } } } }),
    capturesOf(user, plan),
    logbooksOf(user, plan, canWrite, text),
    conversationsOf(user, plan),
  ]);
  const pupils = conversations ? await db.pupil.findMany({ where: { classId, active: true }, orderBy: { alias: 'asc' }, select: { id: true, alias: true } }) : [];

  return {
    state: 'ok',
    page: {
      schoolClass,
      lesson: { number: lesson.number, title: lesson.title },
      plan: { id: plan.id, status: plan.status, heldOn: plan.heldOn?.toISOString().slice(0, 10) ?? null },
      questions: evaluationQuestions.map((q) => ({ number: q.number, key: q.key, text: q.text, parts: q.parts })),
      evaluation,
      canWrite,
      team: team.map((m) => ({ id: m.user.id, name: m.user.name, role: m.user.role as 'TEACHER' | 'CARE_WORKER' })),
      captures,
      logbooks,
      conversations,
      pupils,
    },
  };
}
