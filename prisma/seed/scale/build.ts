/**
 * Builds the rows of the scale data set for a range of schools, in memory and without I/O, so
 * seed.ts can write them in a few bulk inserts. Every class runs the whole programme: all eight
 * lessons prepared (choices, minutes, notes, sign-offs), held on dates spread over a school year
 * (what happened per activity, captures), lessons 1–7 evaluated (lesson 8 has no evaluation form),
 * with logbooks, the mentors' homework and its follow-up.
 */
import { randomUUID } from 'node:crypto';
import { evaluationQuestions } from '../../../lib/evaluation/fields';
import { answerKey } from '../../../lib/evaluation/keys';
import type { Prisma } from '../../../lib/generated/prisma/client';
import { activityKey, adaptationKey, adaptationKeys, attentionKey, materialKey } from '../../../lib/plans/fields';
import { hasEvaluationForm } from '../../../lib/programme/lesson-extras';
import { followUpSchedule, homeworkDueDate } from '../../../lib/programme/homework-due';
import type { Lesson } from '../../../lib/programme/schema';
import { newPupilCode } from '../../../lib/pupils/pseudonym';
import { activitySecondsKey, runKeys } from '../../../lib/run/fields';
import { cities, mentorRoles, pupilAliases, schoolNames, soAgeRanges, soClassNames, staffFirstNames, staffSurnames, vsoAgeRanges, vsoClassNames } from './names';
import { newRecordId, type Random } from './random';
import * as texts from './texts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export interface BuildContext {
  random: Random;
  lessons: readonly Lesson[];
  programmeVersionId: string;
  passwordHash: string;
  /** Lessons are all in the past of this moment. */
  now: Date;
  classesPerSchool: number;
  /** Codes already taken (in the database and earlier in this run). */
  usedCodes: Set<string>;
}

/** The rows of one batch of schools, in insertion order. */
export interface ScaleRows {
  schools: Prisma.SchoolCreateManyInput[];
  classes: Prisma.SchoolClassCreateManyInput[];
  users: Prisma.UserCreateManyInput[];
  team: Prisma.ClassTeamMemberCreateManyInput[];
  pupils: Prisma.PupilCreateManyInput[];
  mentors: Prisma.PupilMentorCreateManyInput[];
  plans: Prisma.LessonPlanCreateManyInput[];
  sharedFields: Prisma.SharedFieldCreateManyInput[];
  signOffs: Prisma.PlanSignOffCreateManyInput[];
  outcomes: Prisma.ActivityOutcomeCreateManyInput[];
  captures: Prisma.CaptureCreateManyInput[];
  evaluations: Prisma.EvaluationCreateManyInput[];
  answers: Prisma.EvaluationAnswerCreateManyInput[];
  confirmations: Prisma.EvaluationConfirmationCreateManyInput[];
  amendments: Prisma.EvaluationAmendmentCreateManyInput[];
  logbooks: Prisma.LogbookEntryCreateManyInput[];
  homework: Prisma.HomeworkAssignmentCreateManyInput[];
  followUps: Prisma.FollowUpRecordCreateManyInput[];
}

export function emptyRows(): ScaleRows {
  return {
    schools: [], classes: [], users: [], team: [], pupils: [], mentors: [], plans: [], sharedFields: [], signOffs: [], outcomes: [],
    captures: [], evaluations: [], answers: [], confirmations: [], amendments: [], logbooks: [], homework: [], followUps: [],
  };
}

interface ClassPeople {
  classId: string;
  kind: 'SO' | 'VSO';
  teacherId: string;
  careWorkerId: string;
  pupils: { id: string; alias: string }[];
}

const pad = (n: number) => String(n).padStart(3, '0');

/** The school year that ended most recently ("2025-2026" in November 2026), as its first calendar year. */
export function lastCompletedSchoolYear(now: Date): number {
  // A Dutch school year runs from late August to mid July.
  return now.getUTCMonth() >= 7 ? now.getUTCFullYear() - 1 : now.getUTCFullYear() - 2;
}

/** Rows for schools number `first` … `first + count - 1` (0-based). */
export function buildSchools(ctx: BuildContext, first: number, count: number): ScaleRows {
  const rows = emptyRows();
  for (let index = first; index < first + count; index++) buildSchool(ctx, rows, index);
  return rows;
}

function buildSchool(ctx: BuildContext, rows: ScaleRows, index: number): void {
  const { random } = ctx;
  // 3 of every 5 schools are SO, the rest VSO; the first two are one of each.
  const kind = index % 5 === 1 || index % 5 === 3 ? 'VSO' : 'SO';
  const schoolId = newRecordId();
  const baseName = schoolNames[index % schoolNames.length]!;
  const city = cities[(index * 7) % cities.length]!;
  rows.schools.push({ id: schoolId, name: index < schoolNames.length ? baseName : `${baseName} ${city}`, kind, city });

  const classNames = random.sample(kind === 'SO' ? soClassNames : vsoClassNames, ctx.classesPerSchool);
  classNames.forEach((name, n) => {
    const classId = newRecordId();
    const startYear = lastCompletedSchoolYear(ctx.now) - (random.chance(1 / 3) ? 1 : 0);
    rows.classes.push({
      id: classId,
      schoolId,
      name,
      schoolYear: `${startYear}-${startYear + 1}`,
      ageRange: random.pick(kind === 'SO' ? soAgeRanges : vsoAgeRanges),
      createdAt: new Date(Date.UTC(startYear, 7, 25)),
    });
    const person = (role: 'TEACHER' | 'CARE_WORKER', prefix: string) => {
      const id = newRecordId();
      rows.users.push({
        id,
        email: `${prefix}.${pad(index + 1)}-${n + 1}@schaal.example.org`,
        name: `${random.pick(staffFirstNames)} ${random.pick(staffSurnames)}`,
        role,
        passwordHash: ctx.passwordHash,
      });
      rows.team.push({ classId, userId: id });
      return id;
    };
    const teacherId = person('TEACHER', 'leerkracht');
    const careWorkerId = person('CARE_WORKER', 'hulpverlener');
    const pupils = random.sample(pupilAliases, random.int(7, 9)).map((alias) => {
      const id = newRecordId();
      const createdAt = new Date(Date.UTC(startYear, 8, 1));
      rows.pupils.push({ id, classId, alias, code: uniqueCode(ctx.usedCodes), createdAt });
      rows.mentors.push({ pupilId: id, who: random.pick(mentorRoles), contact: `06-${random.int(1000, 9999)} ${random.int(1000, 9999)}`, note: null, updatedAt: createdAt });
      return { id, alias };
    });
    buildProgramme(ctx, rows, { classId, kind, teacherId, careWorkerId, pupils }, startYear);
  });
}

function uniqueCode(used: Set<string>): string {
  // 31⁴ codes: with thousands of pupils, a repeat is likely without this check.
  for (;;) {
    const code = newPupilCode();
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

/** The days of the class's eight lessons: one weekday and hour, every one to three weeks. */
function lessonSchedule(random: Random, startYear: number): Date[] {
  const weekday = random.int(1, 5);
  const hourUtc = random.int(7, 13);
  const first = new Date(Date.UTC(startYear, 8, 1) + random.int(7, 130) * DAY);
  while (first.getUTCDay() !== weekday) first.setTime(first.getTime() + DAY);
  const starts: Date[] = [];
  let day = first.getTime();
  for (let lesson = 0; lesson < 8; lesson++) {
    starts.push(new Date(day + hourUtc * 60 * MINUTE));
    const roll = random.next();
    day += (roll < 0.6 ? 7 : roll < 0.95 ? 14 : 21) * DAY;
  }
  return starts;
}

/** 5 minutes for the opening exercise, the rest of the 45 spread unevenly over the other activities. */
function plannedMinutes(random: Random, lesson: Lesson): Map<number, number> {
  const others = lesson.activities.filter((a) => !a.recurringOpening);
  const weights = others.map(() => 0.6 + random.next() * 0.8);
  const total = weights.reduce((s, w) => s + w, 0);
  const budget = 45 - (lesson.activities.length - others.length) * 5;
  const minutes = new Map<number, number>();
  let used = 0;
  others.forEach((a, i) => {
    const m = i === others.length - 1 ? budget - used : Math.max(2, Math.round((weights[i]! / total) * budget));
    minutes.set(a.number, m);
    used += m;
  });
  for (const a of lesson.activities) if (a.recurringOpening) minutes.set(a.number, a.minutes ?? 5);
  return minutes;
}

const calendarDay = (instant: Date) => new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));

function buildProgramme(ctx: BuildContext, rows: ScaleRows, people: ClassPeople, startYear: number): void {
  const { random } = ctx;
  const starts = lessonSchedule(random, startYear);
  const days = starts.map(calendarDay);
  const aliases = people.pupils.map((p) => p.alias);
  const pair = [people.teacherId, people.careWorkerId];

  ctx.lessons.forEach((lesson, l) => {
    const start = starts[l]!;
    const heldOn = days[l]!;
    const planId = newRecordId();
    const evaluated = hasEvaluationForm(lesson.number);
    const prepared = new Date(start.getTime() - random.int(1, 6) * DAY);
    const submittedAt = new Date(heldOn.getTime() + random.int(1, 3) * DAY + 15 * 60 * MINUTE);
    rows.plans.push({
      id: planId,
      classId: people.classId,
      lessonNumber: lesson.number,
      programmeVersionId: ctx.programmeVersionId,
      status: evaluated ? 'EVALUATED' : 'HELD',
      scheduledAt: start,
      heldOn,
      createdAt: new Date(prepared.getTime() - random.int(1, 10) * DAY),
      updatedAt: evaluated ? submittedAt : start,
    });

    // Preparing: the pair's choices as shared fields of the plan.
    const minutes = plannedMinutes(random, lesson);
    const planField = (key: string, value: unknown) =>
      rows.sharedFields.push({ documentKind: 'PLAN', documentId: planId, key, value: { v: value } as Prisma.InputJsonValue, version: random.int(1, 3), updatedById: random.pick(pair), updatedAt: prepared });
    planField('scheduledAt', start.toISOString());
    for (const activity of lesson.activities) {
      planField(activityKey(activity.number, 'minutes'), minutes.get(activity.number));
      if (activity.options.length > 0) {
        const option = random.pick(activity.options);
        planField(activityKey(activity.number, 'option'), option.key);
        if (option.ownChoice) planField(activityKey(activity.number, 'ownChoice'), random.pick(texts.ownChoiceTexts));
      }
      if (random.chance(0.3)) planField(activityKey(activity.number, 'notes'), random.pick(texts.activityNotes));
      if (random.chance(0.1)) planField(activityKey(activity.number, 'lead'), random.pick(['CARE_WORKER', 'TEACHER', 'BOTH'] as const));
    }
    for (const key of adaptationKeys) {
      const text = random.pick(texts.adaptationTexts[people.kind][key]);
      if (text) planField(adaptationKey(key), text);
    }
    for (const pupil of random.sample(people.pupils, random.int(1, 2))) planField(attentionKey(pupil.id), random.pick(texts.attentionTexts));
    for (const material of lesson.materials) planField(materialKey(material.number), true);
    for (const userId of pair) rows.signOffs.push({ planId, userId, signedAt: prepared });

    // Holding: what happened per activity, the run's clocks and the captures.
    const held = lesson.activities.map((activity) => {
      const planned = minutes.get(activity.number) ?? 5;
      const outcome = random.weighted({ AS_PLANNED: 80, ADAPTED: 13, SKIPPED: 7 });
      const actual = outcome === 'SKIPPED' ? 0 : Math.max(1, planned + (outcome === 'ADAPTED' ? random.int(-5, 5) : random.int(-2, 3)));
      rows.outcomes.push({
        planId,
        activityNumber: activity.number,
        outcome,
        note: outcome === 'ADAPTED' ? random.pick(texts.adaptedNotes) : outcome === 'SKIPPED' ? random.pick(texts.skippedNotes) : null,
        actualMinutes: actual,
        recordedById: random.pick(pair),
        updatedAt: new Date(start.getTime() + 50 * MINUTE),
      });
      return { number: activity.number, actual };
    });
    buildRun(rows, planId, start, held, people.teacherId);
    buildCaptures(ctx, rows, planId, start, held, people);

    if (!evaluated) return;
    buildEvaluation(ctx, rows, planId, heldOn, submittedAt, people, aliases);
    for (const authorId of pair) {
      const role = authorId === people.teacherId ? 'teacher' : 'careWorker';
      rows.logbooks.push({ planId, authorId, text: texts.logbookText(random, role, aliases), version: random.int(1, 2), updatedAt: new Date(heldOn.getTime() + random.int(12, 60) * 60 * MINUTE) });
    }
    if (lesson.homework) buildHomework(ctx, rows, lesson, start, heldOn, days[l + 1] ?? null, people);
  });
}

function buildRun(rows: ScaleRows, planId: string, start: Date, held: { number: number; actual: number }[], teacherId: string): void {
  const total = held.reduce((sum, a) => sum + a.actual, 0);
  const last = held.at(-1)!;
  const at = (minutes: number) => new Date(start.getTime() + minutes * MINUTE).toISOString();
  const fields: [string, string | number][] = [
    [runKeys.currentActivity, last.number],
    [runKeys.lessonStartedAt, at(0)],
    [runKeys.activityStartedAt, at(total - last.actual)],
    [runKeys.pausedAt, at(total)],
    ...held.filter((a) => a !== last && a.actual > 0).map((a): [string, number] => [activitySecondsKey(a.number), a.actual * 60]),
  ];
  for (const [key, v] of fields) {
    rows.sharedFields.push({ documentKind: 'RUN', documentId: planId, key, value: { v }, version: 1, updatedById: teacherId, updatedAt: new Date(start.getTime() + total * MINUTE) });
  }
}

function buildCaptures(ctx: BuildContext, rows: ScaleRows, planId: string, start: Date, held: { number: number; actual: number }[], people: ClassPeople): void {
  const { random } = ctx;
  const total = held.reduce((sum, a) => sum + a.actual, 0);
  // The activity that was on at a minute of the lesson, from the minutes each actually took.
  const activityAt = (minute: number) => {
    let end = 0;
    for (const a of held) {
      end += a.actual;
      if (minute < end) return a.number;
    }
    return held.at(-1)!.number;
  };
  const count = random.int(2, 7);
  for (let i = 0; i < count; i++) {
    const kind = random.weighted({ STRESS: 40, OBSERVATION: 25, HELPED: 20, CONVERSATION_NEEDED: 15 });
    const pupil = random.pick(people.pupils);
    const other = random.pick(people.pupils.filter((p) => p !== pupil));
    const minute = random.int(0, Math.max(0, total - 1));
    const capturedAt = new Date(start.getTime() + minute * MINUTE + random.int(0, 59) * 1000);
    rows.captures.push({
      id: randomUUID(),
      planId,
      pupilId: pupil.id,
      kind,
      text: random.pick(texts.captureTexts[kind]).replace('{alias}', other.alias),
      activityNumber: activityAt(minute),
      capturedAt,
      authorId: random.pick([people.teacherId, people.careWorkerId]),
      createdAt: capturedAt,
      updatedAt: capturedAt,
    });
  }
}

function buildEvaluation(ctx: BuildContext, rows: ScaleRows, planId: string, heldOn: Date, submittedAt: Date, people: ClassPeople, aliases: string[]): void {
  const { random } = ctx;
  const evaluationId = newRecordId();
  const pair = [people.teacherId, people.careWorkerId];
  rows.evaluations.push({ id: evaluationId, planId, createdAt: new Date(heldOn.getTime() + 14 * 60 * MINUTE), submittedAt, submittedById: random.pick(pair) });
  // Every part of every question answered: the draft's shared fields and the frozen answers agree.
  for (const question of evaluationQuestions) {
    for (const partKey of question.parts.length > 0 ? question.parts.map((p) => p.key) : ['']) {
      const text = texts.evaluationAnswer(random, question.key, aliases);
      rows.sharedFields.push({
        documentKind: 'EVALUATION',
        documentId: evaluationId,
        key: answerKey(question.key, partKey),
        value: { v: text },
        version: random.int(1, 4),
        updatedById: random.pick(pair),
        updatedAt: new Date(submittedAt.getTime() - random.int(60, 600) * MINUTE),
      });
      rows.answers.push({ evaluationId, questionKey: question.key, partKey, text });
    }
  }
  rows.confirmations.push(
    { evaluationId, userId: pair[0]!, confirmedAt: new Date(submittedAt.getTime() - random.int(5, 120) * MINUTE) },
    { evaluationId, userId: pair[1]!, confirmedAt: submittedAt },
  );
  if (random.chance(0.08)) {
    rows.amendments.push({
      id: newRecordId(),
      evaluationId,
      questionKey: random.chance(0.8) ? random.pick(evaluationQuestions).key : null,
      text: random.pick(texts.amendmentTexts),
      authorId: random.pick(pair),
      createdAt: new Date(submittedAt.getTime() + random.int(1, 10) * DAY),
    });
  }
}

function buildHomework(ctx: BuildContext, rows: ScaleRows, lesson: Lesson, start: Date, heldOn: Date, nextLesson: Date | null, people: ClassPeople): void {
  const { random } = ctx;
  const rule = lesson.homework!;
  const due = homeworkDueDate(rule, heldOn, nextLesson) ?? new Date(heldOn.getTime() + 5 * DAY);
  const firstStep = followUpSchedule(rule, heldOn, nextLesson)[0];
  const handedOut = new Date(start.getTime() + 45 * MINUTE);
  for (const pupil of people.pupils) {
    const id = newRecordId();
    const status = random.weighted({ RETURNED: 82, NOT_RETURNED: 12, HANDED_OUT: 6 });
    const span = Math.max(1, Math.round((due.getTime() - heldOn.getTime()) / DAY));
    const returnedOn = status === 'RETURNED' ? new Date(heldOn.getTime() + random.int(1, span + 1) * DAY) : null;
    rows.homework.push({
      id,
      pupilId: pupil.id,
      lessonNumber: lesson.number,
      status,
      returnedOn,
      note: random.chance(0.15) ? random.pick(texts.homeworkNotes).replace('{alias}', pupil.alias) : null,
      createdAt: handedOut,
      updatedAt: returnedOn ?? due,
    });
    if (status === 'NOT_RETURNED' && firstStep) {
      rows.followUps.push({
        id: newRecordId(),
        assignmentId: id,
        stepKey: firstStep.key,
        doneOn: firstStep.date ?? due,
        doneById: firstStep.who === 'TEACHER' ? people.teacherId : people.careWorkerId,
        note: random.pick(texts.followUpNotes),
        createdAt: firstStep.date ?? due,
      });
    }
  }
}
