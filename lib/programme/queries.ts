import 'server-only';
import { z } from 'zod';
import type { CurrentUser } from '../auth/current-user';
import { can } from '../auth/policy';
import { db } from '../db';
import { fileKey, materialFileSummaries, type MaterialFileSummary } from '../materials/file-summaries';
import { LESSON_BUDGET_MINUTES } from './index';
import { CELEBRATION_LESSON, GOAL_CRITERIA_LESSON, hasEvaluationForm, TRUST_DEFINITION_LESSON } from './lesson-extras';
import { lessonTiming, type LessonTiming } from './lesson-timing';
import { evaluationQuestionSchema, homeworkRuleSchema, programmeSchema, type EvaluationQuestion, type GoalCriterion, type HomeworkRule, type LeadRole, type Programme } from './schema';

/*
 * The programme as pages read it: from the newest ProgrammeVersion in the database, so a lesson
 * plan can later point at the version it was made from. Returns plain objects for the screen;
 * null when the user may not read the programme or the lesson does not exist (a page turns
 * both into the same 404).
 */

export interface LessonSummary {
  number: number;
  title: string;
  theme: string;
  optional: boolean;
  activityCount: number;
  timing: LessonTiming;
}

export interface ProgrammeOverview {
  version: number;
  title: string;
  budgetMinutes: number;
  lessons: LessonSummary[];
}

export interface MaterialView {
  number: number;
  title: string;
  description: string | null;
  /** Null when not uploaded yet, or when the user may not download materials. */
  file: MaterialFileSummary | null;
}

export interface ActivityView {
  number: number;
  title: string;
  recurringOpening: boolean;
  purpose: string;
  guidance: string;
  teacherGuidance: string | null;
  careWorkerGuidance: string | null;
  lead: LeadRole;
  minutes: number | null;
  optional: boolean;
  options: { key: string; label: string; description: string | null; ownChoice: boolean }[];
  /** The materials this activity uses, resolved against the lesson's list. */
  attachments: { number: number; title: string | null; file: MaterialFileSummary | null }[];
  mentorHomework: boolean;
  pupilFacingText: string | null;
}

export interface LessonDetail {
  programmeVersion: number;
  number: number;
  title: string;
  optional: boolean;
  theme: string;
  rationale: string;
  preparation: string;
  timing: LessonTiming;
  budgetMinutes: number;
  activities: ActivityView[];
  homework: HomeworkRule | null;
  /** Null for a lesson without the evaluation form (lesson 8). */
  evaluation: { questions: EvaluationQuestion[]; logbookPrompt: string; conversationsPrompt: string } | null;
  materials: MaterialView[];
  trustDefinition: string | null;
  goalCriteria: GoalCriterion[] | null;
  celebration: Programme['celebration'] | null;
  previous: { number: number; title: string } | null;
  next: { number: number; title: string } | null;
}

// What seeding stored in ProgrammeVersion.extras, checked on the way out like any input.
const extrasSchema = z.object({
  goalCriteria: programmeSchema.shape.goalCriteria,
  trustDefinition: programmeSchema.shape.trustDefinition,
  celebration: programmeSchema.shape.celebration,
  logbookPrompt: z.string(),
  conversationsPrompt: z.string(),
});

async function newestVersion() {
  const version = await db.programmeVersion.findFirst({ orderBy: { version: 'desc' } });
  // Seeding runs on every start; a database without the programme is a broken install, not a user error.
  if (!version) throw new Error('No programme version in the database: run the seed (npm start seeds it).');
  return version;
}

export async function getProgrammeOverview(user: CurrentUser): Promise<ProgrammeOverview | null> {
  if (!can(user, 'read', { kind: 'programme' })) return null;
  const version = await newestVersion();
  const lessons = await db.programmeLesson.findMany({
    where: { programmeVersionId: version.id },
    orderBy: { number: 'asc' },
    select: { number: true, title: true, theme: true, optional: true, activities: { select: { minutes: true } } },
  });
  return {
    version: version.version,
    title: version.title,
    budgetMinutes: LESSON_BUDGET_MINUTES,
    lessons: lessons.map((lesson) => ({
      number: lesson.number,
      title: lesson.title,
      theme: lesson.theme,
      optional: lesson.optional,
      activityCount: lesson.activities.length,
      timing: lessonTiming(lesson.activities),
    })),
  };
}

export async function getProgrammeLesson(user: CurrentUser, lessonNumber: number): Promise<LessonDetail | null> {
  if (!can(user, 'read', { kind: 'programme' })) return null;
  if (!Number.isInteger(lessonNumber)) return null;
  const version = await newestVersion();
  const [lesson, neighbours, questions] = await Promise.all([
    db.programmeLesson.findUnique({
      where: { programmeVersionId_number: { programmeVersionId: version.id, number: lessonNumber } },
      include: {
        activities: { orderBy: { number: 'asc' }, include: { options: { orderBy: { position: 'asc' } } } },
        materials: { orderBy: { number: 'asc' } },
      },
    }),
    db.programmeLesson.findMany({
      where: { programmeVersionId: version.id, number: { in: [lessonNumber - 1, lessonNumber + 1] } },
      select: { number: true, title: true },
    }),
    db.evaluationQuestion.findMany({ where: { programmeVersionId: version.id }, orderBy: { number: 'asc' } }),
  ]);
  if (!lesson) return null;

  const files = can(user, 'read', { kind: 'material' }) ? await materialFileSummaries([lesson.number]) : new Map<string, MaterialFileSummary>();
  const materials: MaterialView[] = lesson.materials.map((m) => ({
    number: m.number,
    title: m.title,
    description: m.description,
    file: files.get(fileKey(lesson.number, m.number)) ?? null,
  }));
  const extras = extrasSchema.parse(version.extras);

  return {
    programmeVersion: version.version,
    number: lesson.number,
    title: lesson.title,
    optional: lesson.optional,
    theme: lesson.theme,
    rationale: lesson.rationale,
    preparation: lesson.preparation,
    timing: lessonTiming(lesson.activities),
    budgetMinutes: LESSON_BUDGET_MINUTES,
    activities: lesson.activities.map((a) => ({
      number: a.number,
      title: a.title,
      recurringOpening: a.recurringOpening,
      purpose: a.purpose,
      guidance: a.guidance,
      teacherGuidance: a.teacherGuidance,
      careWorkerGuidance: a.careWorkerGuidance,
      lead: a.lead,
      minutes: a.minutes,
      optional: a.optional,
      options: a.options.map((o) => ({ key: o.key, label: o.label, description: o.description, ownChoice: o.ownChoice })),
      attachments: a.attachments.map((number) => {
        const material = materials.find((m) => m.number === number);
        return { number, title: material?.title ?? null, file: material?.file ?? null };
      }),
      mentorHomework: a.mentorHomework,
      pupilFacingText: a.pupilFacingText,
    })),
    homework: lesson.homework === null ? null : homeworkRuleSchema.parse(lesson.homework),
    evaluation: hasEvaluationForm(lesson.number)
      ? {
          questions: questions.map((q) => evaluationQuestionSchema.parse({ number: q.number, key: q.key, text: q.text, parts: q.parts })),
          logbookPrompt: extras.logbookPrompt,
          conversationsPrompt: extras.conversationsPrompt,
        }
      : null,
    materials,
    trustDefinition: lesson.number === TRUST_DEFINITION_LESSON ? extras.trustDefinition : null,
    goalCriteria: lesson.number === GOAL_CRITERIA_LESSON ? extras.goalCriteria : null,
    celebration: lesson.number === CELEBRATION_LESSON ? extras.celebration : null,
    previous: neighbours.find((n) => n.number === lessonNumber - 1) ?? null,
    next: neighbours.find((n) => n.number === lessonNumber + 1) ?? null,
  };
}
