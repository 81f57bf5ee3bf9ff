import 'server-only';
import type { CurrentUser } from '../auth/current-user';
import { audit } from '../audit/log';
import { findClassFor, type ClassRef } from '../classes/access';
import { documentSnapshot } from '../collab/snapshot';
import type { DocumentSnapshot } from '../collab/types';
import { pseudonymiseFields } from '../collab/pseudonymise-fields';
import { db } from '../db';
import { textFor } from '../pseudonym/class-pseudonymisers';
import { resolvePlan } from '../plans/resolve';
import { readFields } from '../collab/store';
import type { LeadRole } from '../programme/schema';
import { getProgrammeLesson } from '../programme/queries';
import { runDocument } from './document';
import { readsPupilData, resolveRun, writesPupilData, type PlanStatus } from './plan-access';
import type { CaptureKind, OutcomeKind } from './schema';

export interface RunActivity {
  number: number;
  title: string;
  lead: LeadRole;
  plannedMinutes: number | null;
  optionLabel: string | null;
  ownChoice: string | null;
  notes: string;
  purpose: string;
  guidance: string;
  teacherGuidance: string | null;
  careWorkerGuidance: string | null;
}

export interface RunCapture {
  id: string;
  pupilId: string;
  /** Also for a pupil who has left the class since. */
  pupilAlias: string;
  kind: CaptureKind;
  text: string | null;
  activityNumber: number | null;
  capturedAt: string;
  authorId: string;
  authorName: string;
}

export interface RunOutcome {
  activityNumber: number;
  outcome: OutcomeKind;
  note: string | null;
  actualMinutes: number | null;
}

export interface RunPupils {
  pupils: { id: string; alias: string; attention: string | null }[];
  captures: RunCapture[];
  /** New captures: during the lesson only (queued ones are still accepted after "Les afgerond"). */
  canCapture: boolean;
  /** Own captures can be changed and deleted until the evaluation is submitted. */
  capturesEditable: boolean;
}

export interface RunPage {
  schoolClass: ClassRef;
  lesson: { number: number; title: string; theme: string; budgetMinutes: number };
  /** Null while the lesson's preparation has not started. */
  plan: {
    id: string;
    status: PlanStatus;
    heldOn: string | null;
    evaluationSubmitted: boolean;
    signedOffBy: { name: string; role: string }[];
  } | null;
  /** The activities the plan includes, in order, with the pair's choices. */
  activities: RunActivity[];
  snapshot: DocumentSnapshot | null;
  outcomes: RunOutcome[];
  /** May move the lesson on (the pair, while the plan is ready). */
  canSteer: boolean;
  /** May record outcomes (the pair, during and after the lesson until the evaluation is in). */
  canRecord: boolean;
  /** The pupils and the lesson's captures: for the pair only, null for everyone else. */
  pupilData: RunPupils | null;
  /** The server's clock when the page was made, so every screen's clock can agree with it. */
  serverNow: number;
}

/** Run mode for lesson N of a class; null when the class or lesson is not there for this user. */
export async function getRunPage(user: CurrentUser, classId: string, lessonNumber: number): Promise<RunPage | null> {
  const schoolClass = await findClassFor(user, classId, 'read');
  if (!schoolClass) return null;
  const lesson = await getProgrammeLesson(user, lessonNumber);
  if (!lesson) return null;
  const base = {
    schoolClass,
    lesson: { number: lesson.number, title: lesson.title, theme: lesson.theme, budgetMinutes: lesson.budgetMinutes },
    serverNow: Date.now(),
  };
  const row = await db.lessonPlan.findUnique({ where: { classId_lessonNumber: { classId, lessonNumber } }, select: { id: true, heldOn: true } });
  const access = row ? await resolveRun(user, row.id, 'read') : null;
  if (!row || !access) return { ...base, plan: null, activities: [], snapshot: null, outcomes: [], canSteer: false, canRecord: false, pupilData: null };

  const seesPupils = readsPupilData(user, access);
  const text = await textFor(user, classId);
  const [planFields, snapshot, outcomes, signOffs, pupils, captures] = await Promise.all([
    readFields('PLAN', row.id).then((fields) => pseudonymiseFields(fields, text)),
    documentSnapshot(runDocument, row.id, text),
    db.activityOutcome.findMany({ where: { planId: row.id }, orderBy: { activityNumber: 'asc' } }),
    db.planSignOff.findMany({ where: { planId: row.id }, include: { user: { select: { name: true, role: true } } }, orderBy: { signedAt: 'asc' } }),
    seesPupils ? db.pupil.findMany({ where: { classId, active: true }, orderBy: { alias: 'asc' }, select: { id: true, alias: true } }) : [],
    seesPupils
      ? db.capture.findMany({ where: { planId: row.id }, orderBy: { capturedAt: 'asc' }, include: { author: { select: { name: true } }, pupil: { select: { alias: true } } } })
      : [],
  ]);
  const planned = resolvePlan(lesson, planFields, pupils.map((p) => p.id));
  const byNumber = new Map(lesson.activities.map((a) => [a.number, a]));
  const activities = planned.activities
    .filter((a) => a.included)
    .map((a): RunActivity => {
      const source = byNumber.get(a.number);
      return {
        number: a.number,
        title: a.title,
        lead: a.lead,
        plannedMinutes: a.minutes,
        optionLabel: a.optionLabel,
        ownChoice: a.ownChoice,
        notes: a.notes,
        purpose: source?.purpose ?? '',
        guidance: source?.guidance ?? '',
        teacherGuidance: source?.teacherGuidance ?? null,
        careWorkerGuidance: source?.careWorkerGuidance ?? null,
      };
    });

  let pupilData: RunPupils | null = null;
  if (seesPupils) {
    // One entry per page view: who looked at this lesson's pupils and captures.
    await audit({ userId: user.id, action: 'pupil.read', entity: 'LessonPlan', entityId: row.id, classId, detail: { view: 'run', pupils: pupils.length, captures: captures.length } });
    const attention = new Map(planned.attention.map((a) => [a.pupilId, a.text]));
    const open = !access.evaluationSubmitted && (access.status === 'READY' || access.status === 'HELD');
    pupilData = {
      pupils: pupils.map((p) => ({ id: p.id, alias: p.alias, attention: attention.get(p.id) ?? null })),
      captures: captures.map((c) => ({
        id: c.id,
        pupilId: c.pupilId,
        pupilAlias: c.pupil.alias,
        kind: c.kind,
        text: c.text,
        activityNumber: c.activityNumber,
        capturedAt: c.capturedAt.toISOString(),
        authorId: c.authorId,
        authorName: c.author.name,
      })),
      canCapture: open && access.status === 'READY' && writesPupilData(user, access),
      capturesEditable: open && writesPupilData(user, access),
    };
  }

  return {
    ...base,
    plan: {
      id: row.id,
      status: access.status,
      heldOn: row.heldOn?.toISOString().slice(0, 10) ?? null,
      evaluationSubmitted: access.evaluationSubmitted,
      signedOffBy: signOffs.map((s) => ({ name: s.user.name, role: s.user.role })),
    },
    activities,
    snapshot,
    outcomes: outcomes.map((o) => ({ activityNumber: o.activityNumber, outcome: o.outcome, note: o.note === null ? null : text(o.note), actualMinutes: o.actualMinutes })),
    canSteer: access.editable,
    canRecord: access.writer && (access.status === 'READY' || access.status === 'HELD') && !access.evaluationSubmitted,
    pupilData,
  };
}

export interface DisplayActivity {
  number: number;
  title: string;
  optionLabel: string | null;
  /** Text meant for the pupils (e.g. lesson 7's definition of trust), when the programme has one. */
  pupilFacingText: string | null;
  plannedMinutes: number | null;
}

/**
 * The classroom display: what the class may see, and nothing else. Built from the programme and the
 * plan's option choices only (no notes, no free text the pair wrote, no pupils), because the
 * digibord faces the class.
 */
export interface DisplayPage {
  planId: string;
  lessonNumber: number;
  lessonTitle: string;
  budgetMinutes: number;
  status: PlanStatus;
  activities: DisplayActivity[];
  snapshot: DocumentSnapshot;
  canSteer: boolean;
  serverNow: number;
}

export async function getDisplayPage(user: CurrentUser, classId: string, lessonNumber: number): Promise<DisplayPage | null> {
  const schoolClass = await findClassFor(user, classId, 'read');
  if (!schoolClass) return null;
  const [lesson, row] = await Promise.all([
    getProgrammeLesson(user, lessonNumber),
    db.lessonPlan.findUnique({ where: { classId_lessonNumber: { classId, lessonNumber } }, select: { id: true } }),
  ]);
  const access = row ? await resolveRun(user, row.id, 'read') : null;
  if (!lesson || !row || !access) return null;
  const [planFields, snapshot] = await Promise.all([readFields('PLAN', row.id), documentSnapshot(runDocument, row.id)]);
  const planned = resolvePlan(lesson, planFields);
  const byNumber = new Map(lesson.activities.map((a) => [a.number, a]));
  return {
    planId: row.id,
    lessonNumber: lesson.number,
    lessonTitle: lesson.title,
    budgetMinutes: lesson.budgetMinutes,
    status: access.status,
    activities: planned.activities
      .filter((a) => a.included)
      .map((a) => ({
        number: a.number,
        title: a.title,
        // An option the pair described themselves ("eigen keuze") is their free text: not shown.
        optionLabel: a.optionLabel,
        pupilFacingText: byNumber.get(a.number)?.pupilFacingText ?? null,
        plannedMinutes: a.minutes,
      })),
    snapshot,
    canSteer: access.editable,
    serverNow: Date.now(),
  };
}
