/**
 * Issue 10's acceptance: the coordinator reads, and never writes.
 *
 * 1. Every server action (found by scanning lib/ and app/ for 'use server' modules, as
 *    actions-guard.test.ts does) is called with the demo coordinator's session and an input built
 *    from real data: it is refused as not allowed and the database is left exactly as it was (every
 *    table, the audit log included: the app logs no denials). The same input from the person who
 *    may use it (the class's pair, or an admin) is then accepted, so the refusal came from
 *    authorization, not from validation. A new action without an entry in the table fails here.
 * 2. A coordinator limited to one school gets a 404 (null from a query, notFound() thrown, or a
 *    404 response) for another school's class, on every class page's data and every route handler
 *    that takes a class or document id. getEvaluationPage and the EVALUATION live stream are
 *    proven for this coordinator in evaluation-authorization.test.ts and are not repeated here.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as classCertificatesGET } from '@/app/api/classes/[classId]/certificates/route';
import { GET as pupilCertificateGET } from '@/app/api/classes/[classId]/certificates/[pupilId]/route';
import { GET as liveGET } from '@/app/api/live/[kind]/[documentId]/route';
import { NOT_ALLOWED } from '@/lib/actions/session-user';
import type { CurrentUser } from '@/lib/auth/current-user';
import { listCelebrations } from '@/lib/celebration/queries';
import { getCertificates } from '@/lib/certificates/queries';
import { requireClass } from '@/lib/classes/access';
import { listReadableClasses } from '@/lib/classes/queries';
import { db } from '@/lib/db';
import { confirmEvaluation } from '@/lib/evaluation/actions';
import { recordFollowUp } from '@/lib/homework/actions';
import { homeworkLessonView, homeworkOverview } from '@/lib/homework/queries';
import { goalsOverview, pupilGoalView } from '@/lib/learning-goals/queries';
import { growthValues, mindMapValues, planValues, reviewValues, talentsValues } from '@/lib/learning-goals/sections';
import { CRITERION_KEYS } from '@/lib/learning-goals/teppc';
import { activityKey, adaptationKey } from '@/lib/plans/fields';
import { signOffPlan } from '@/lib/plans/actions';
import { getPreparePage, getPrintablePlan, listClassLessons } from '@/lib/plans/queries';
import { getPortfolio } from '@/lib/portfolio/queries';
import { entryValues } from '@/lib/problem-box/entry-values';
import { problemBoxView } from '@/lib/problem-box/queries';
import { resolveFollowUp } from '@/lib/programme/homework-due';
import { mentorVersion } from '@/lib/pupils/mentor-version';
import { pupilsView } from '@/lib/pupils/queries';
import { todayIso } from '@/lib/pupils/schema-parts';
import { versionOf } from '@/lib/pupils/version';
import { saveCapture } from '@/lib/run/capture-actions';
import { getDisplayPage, getRunPage } from '@/lib/run/queries';
import { todayView } from '@/lib/today/queries';
import { demoSchools, demoStaff } from '@/lib/demo/demo-data';
import { seedDemo } from '../../prisma/seed/demo';
import { seedDemoEvaluations } from '../../prisma/seed/demo-evaluations';
import { seedProgramme } from '../../prisma/seed/programme';
import { changedTables, databaseFingerprint } from '../support/database-fingerprint';
import { createHeldLesson, filledEvaluation, openEvaluation } from '../support/evaluation';
import { actAs } from '../support/fake-session';
import { createClass, createPupil, createSchool, createUser, currentUserOf } from '../support/factories';
import { captureInput, readyLesson } from '../support/run-data';

// ───────────────────────── Every exported server action ─────────────────────────

const root = path.resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (entry === 'node_modules' || entry === 'generated' || entry.startsWith('.')) return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry) && !entry.endsWith('.test.ts') ? [full] : [];
  });
}

type ServerAction = (...args: unknown[]) => Promise<{ ok: boolean }>;

const actionModules = [...sourceFiles(path.join(root, 'lib')), ...sourceFiles(path.join(root, 'app'))].filter((file) =>
  /^\s*['"]use server['"]/.test(readFileSync(file, 'utf8')),
);
/** Every exported function of every 'use server' module, by name, with the file it lives in. */
const exported = new Map<string, { file: string; action: ServerAction }>();
const duplicateNames: string[] = [];
for (const file of actionModules) {
  const mod = (await import(file)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod)) {
    if (typeof value !== 'function') continue;
    if (exported.has(name)) duplicateNames.push(name);
    exported.set(name, { file: path.relative(root, file), action: value as ServerAction });
  }
}

/** Public by design: it authenticates by its one-time token, not by a session. */
const publicActions = new Set(['acceptInvitation']);

// ───────────────────────── The demo world ─────────────────────────

type Actor = { id: string; sessionVersion: number };

interface DemoClass {
  id: string;
  schoolId: string;
  teacher: Actor;
  careWorker: Actor;
  pupil: (alias: string) => string;
}

let coordinator: Actor;
let admin: Actor;
/** De Vlinderboom's Groep Zon: lessons 1–3 given and evaluated, with the pupils' network. */
let zon: DemoClass;
/** Het Baken's Klas 2B: lessons 1–2 given and evaluated. */
let baken: DemoClass;
/** De Linde's Groep Maan: lesson 1 being prepared. */
let maan: DemoClass;

async function demoClass(schoolName: string): Promise<DemoClass> {
  const demo = demoSchools.find((school) => school.name === schoolName)!;
  const schoolClass = await db.schoolClass.findFirstOrThrow({ where: { name: demo.className, school: { name: schoolName } }, include: { pupils: true } });
  const pupils = new Map(schoolClass.pupils.map((pupil) => [pupil.alias, pupil.id]));
  return {
    id: schoolClass.id,
    schoolId: schoolClass.schoolId,
    teacher: await db.user.findUniqueOrThrow({ where: { email: demo.teacher.email } }),
    careWorker: await db.user.findUniqueOrThrow({ where: { email: demo.careWorker.email } }),
    pupil: (alias) => {
      const id = pupils.get(alias);
      if (!id) throw new Error(`no demo pupil ${alias} in ${demo.className}`);
      return id;
    },
  };
}

beforeAll(async () => {
  await seedProgramme(db);
  await seedDemo(db);
  // Part of seedDemo once prisma/seed/demo.ts calls it; idempotent, so harmless when it already has.
  await seedDemoEvaluations(db);
  const staffEmail = (role: 'ADMIN' | 'COORDINATOR') => demoStaff.find((staff) => staff.role === role)!.email;
  coordinator = await db.user.findUniqueOrThrow({ where: { email: staffEmail('COORDINATOR') } });
  admin = await db.user.findUniqueOrThrow({ where: { email: staffEmail('ADMIN') } });
  zon = await demoClass('De Vlinderboom');
  baken = await demoClass('Het Baken');
  maan = await demoClass('De Linde');
});

const unique = () => randomBytes(3).toString('hex');
const plan = (classId: string, lessonNumber: number) => db.lessonPlan.findUniqueOrThrow({ where: { classId_lessonNumber: { classId, lessonNumber } } });
const fieldVersion = async (documentId: string, key: string) =>
  (await db.sharedField.findFirst({ where: { documentId, key }, select: { version: true } }))?.version ?? 0;
const learningGoalOf = (pupilId: string) => db.learningGoal.findUnique({ where: { pupilId } });
const pdf = () => new File([new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')], 'Sta op als.pdf', { type: 'application/pdf' });

/** Daan's lesson 2 homework sheet in Groep Zon: not returned, with the care worker's call recorded. */
const daansSheet = () => db.homeworkAssignment.findFirstOrThrow({ where: { lessonNumber: 2, pupil: { classId: zon.id, alias: 'Daan' } } });

interface ActionCase {
  /** The exported name of the action. */
  action: string;
  /** The test's name, when one action has several cases. */
  label?: string;
  /** Valid input from real data (set up as needed), and who may call the action with it. */
  build: () => Promise<{ args: unknown[]; allowed: Actor }>;
}

/** Every action the coordinator must be refused, with an input its rightful user gets accepted. */
const refusedCases: ActionCase[] = [
  // Lesson plans (lib/plans/actions.ts)
  { action: 'startPlan', build: async () => ({ args: [{ classId: maan.id, lessonNumber: 2 }], allowed: maan.teacher }) },
  { action: 'signOffPlan', build: async () => ({ args: [{ planId: (await plan(maan.id, 1)).id }], allowed: maan.careWorker }) },
  {
    action: 'withdrawSignOff',
    build: async () => {
      const { id } = await plan(maan.id, 1);
      actAs(maan.teacher);
      if (!(await signOffPlan({ planId: id })).ok) throw new Error('setup: sign-off failed');
      return { args: [{ planId: id }], allowed: maan.teacher };
    },
  },

  // Shared documents (lib/collab/actions.ts), one case per kind of document
  {
    action: 'saveSharedField',
    label: 'saveSharedField (lesson plan)',
    build: async () => {
      const { id } = await plan(maan.id, 1);
      const key = adaptationKey('development');
      return { args: [{ kind: 'PLAN', documentId: id, key, value: 'Korte opdrachten, veel herhalen.', baseVersion: await fieldVersion(id, key) }], allowed: maan.teacher };
    },
  },
  {
    action: 'saveSharedField',
    label: 'saveSharedField (evaluation draft)',
    build: async () => {
      const lesson = await createHeldLesson();
      const evaluationId = await openEvaluation(lesson.teacher.id, lesson.schoolClass.id, 1);
      return { args: [{ kind: 'EVALUATION', documentId: evaluationId, key: 'collaboration', value: 'Vooraf afgesproken signalen.', baseVersion: 0 }], allowed: lesson.careWorker };
    },
  },
  {
    action: 'saveSharedField',
    label: 'saveSharedField (lesson run)',
    build: async () => {
      const lesson = await readyLesson();
      return { args: [{ kind: 'RUN', documentId: lesson.planId, key: 'currentActivity', value: 1, baseVersion: 0 }], allowed: lesson.teacher };
    },
  },

  // Administration (lib/admin/*): an admin may
  { action: 'createSchool', build: async () => ({ args: [{ name: `De Regenboog ${unique()}`, kind: 'SO', city: 'Venlo' }], allowed: admin }) },
  {
    action: 'updateSchool',
    build: async () => {
      const school = await createSchool('VSO');
      return { args: [{ id: school.id, name: `${school.name} (nieuwe naam)`, kind: 'VSO', city: 'Venlo' }], allowed: admin };
    },
  },
  { action: 'createClass', build: async () => ({ args: [{ schoolId: maan.schoolId, name: `Groep Ster ${unique()}`, schoolYear: '2026-2027', ageRange: '6–8 jaar' }], allowed: admin }) },
  {
    action: 'updateClass',
    build: async () => {
      const schoolClass = await createClass(maan.schoolId);
      return { args: [{ id: schoolClass.id, schoolId: maan.schoolId, name: `${schoolClass.name} B`, schoolYear: '2026-2027', ageRange: '' }], allowed: admin };
    },
  },
  {
    action: 'inviteAccount',
    build: async () => ({ args: [{ email: `nieuw-${unique()}@example.org`, name: 'Nieuwe Leerkracht', role: 'TEACHER', coordinatorScope: 'ALL', schoolIds: [] }], allowed: admin }),
  },
  {
    action: 'updateAccount',
    build: async () => {
      const teacher = await createUser('TEACHER');
      return { args: [{ id: teacher.id, name: 'Andere Naam', role: 'CARE_WORKER', coordinatorScope: 'ALL', schoolIds: [] }], allowed: admin };
    },
  },
  { action: 'issueNewLink', build: async () => ({ args: [{ id: (await createUser('TEACHER')).id }], allowed: admin }) },
  { action: 'deactivateAccount', build: async () => ({ args: [{ id: (await createUser('CARE_WORKER')).id }], allowed: admin }) },
  { action: 'reactivateAccount', build: async () => ({ args: [{ id: (await createUser('TEACHER', { active: false })).id }], allowed: admin }) },
  { action: 'addMembership', build: async () => ({ args: [{ classId: maan.id, userId: (await createUser('TEACHER')).id }], allowed: admin }) },
  { action: 'removeMembership', build: async () => ({ args: [{ classId: maan.id, userId: (await createUser('CARE_WORKER', { classIds: [maan.id] })).id }], allowed: admin }) },
  {
    action: 'movePupil',
    build: async () => {
      const pupil = await createPupil(maan.id);
      const target = await createClass(maan.schoolId);
      return { args: [{ code: pupil.code, classId: target.id }], allowed: admin };
    },
  },
  {
    action: 'uploadMaterial',
    build: async () => {
      const form = new FormData();
      form.set('lessonNumber', '1');
      form.set('materialNumber', '2');
      form.set('file', pdf());
      return { args: [form], allowed: admin };
    },
  },

  // Evaluations (lib/evaluation/actions.ts)
  {
    action: 'confirmEvaluation',
    build: async () => {
      const lesson = await filledEvaluation();
      return { args: [{ evaluationId: lesson.evaluationId }], allowed: lesson.teacher };
    },
  },
  {
    action: 'withdrawConfirmation',
    build: async () => {
      const lesson = await filledEvaluation();
      actAs(lesson.careWorker);
      if (!(await confirmEvaluation({ evaluationId: lesson.evaluationId })).ok) throw new Error('setup: confirmation failed');
      return { args: [{ evaluationId: lesson.evaluationId }], allowed: lesson.careWorker };
    },
  },
  {
    action: 'addAmendment',
    build: async () => {
      const evaluation = await db.evaluation.findUniqueOrThrow({ where: { planId: (await plan(zon.id, 1)).id } });
      if (!evaluation.submittedAt) throw new Error('demo: Groep Zon lesson 1 should be submitted');
      return { args: [{ evaluationId: evaluation.id, questionKey: 'general', text: 'Achteraf: de opening werkte beter in de kring.' }], allowed: zon.careWorker };
    },
  },

  // Logbook, conversations and lesson 8 (around a given lesson)
  {
    action: 'saveLogbook',
    build: async () => {
      const { id } = await plan(zon.id, 3);
      const own = await db.logbookEntry.findUnique({ where: { planId_authorId: { planId: id, authorId: zon.teacher.id } } });
      return { args: [{ planId: id, text: 'De mind map in tweetallen werkte goed.', version: own?.version ?? 0 }], allowed: zon.teacher };
    },
  },
  {
    action: 'saveConversation',
    build: async () => {
      const given = await plan(zon.id, 1);
      const heldOn = (given.heldOn ?? new Date()).toISOString().slice(0, 10);
      return {
        args: [{ planId: given.id, pupilId: zon.pupil('Sem'), heldOn, talkedById: zon.teacher.id, said: 'Over papa gepraat; hij wil er in de kring niet over vertellen.', agreements: 'Volgende week even bijpraten.' }],
        allowed: zon.teacher,
      };
    },
  },
  {
    action: 'saveCelebration',
    build: async () => {
      const pupilId = zon.pupil('Lieke');
      const stored = await db.celebration.findUnique({ where: { pupilId } });
      return { args: [{ pupilId, selfRatingNow: 8, selfRatingStart: 5, proudest: 'Dat ik mijn blad voorlas.', keepGoing: '', version: stored?.updatedAt.toISOString() ?? '' }], allowed: zon.teacher };
    },
  },

  // Pupils (lib/pupils/actions.ts)
  { action: 'addPupil', build: async () => ({ args: [zon.id, { alias: 'Ayoub' }], allowed: zon.teacher }) },
  { action: 'renamePupil', build: async () => ({ args: [zon.id, { pupilId: (await createPupil(zon.id, 'Fleurtje')).id, alias: 'Fleur' }], allowed: zon.careWorker }) },
  { action: 'markPupilLeft', build: async () => ({ args: [zon.id, { pupilId: (await createPupil(zon.id, 'Joep')).id }], allowed: zon.teacher }) },
  {
    action: 'setBuddy',
    build: async () => {
      const [a, b] = [await createPupil(zon.id, 'Tim'), await createPupil(zon.id, 'Mila')];
      return { args: [zon.id, { pupilId: a.id, buddyId: b.id }], allowed: zon.careWorker };
    },
  },
  {
    action: 'saveMentor',
    build: async () => {
      const pupilId = zon.pupil('Sem');
      const mentor = await db.pupilMentor.findUnique({ where: { pupilId } });
      return { args: [zon.id, { pupilId, who: mentor?.who ?? 'oma', contact: mentor?.contact ?? '', note: 'Belt graag na vieren uur.', version: mentorVersion(mentor) }], allowed: zon.careWorker };
    },
  },

  // Homework (lib/homework/actions.ts)
  { action: 'handOutHomework', build: async () => ({ args: [zon.id, { lessonNumber: 2 }], allowed: zon.teacher }) },
  { action: 'setHomeworkStatus', build: async () => ({ args: [zon.id, { assignmentId: (await daansSheet()).id, status: 'RETURNED', returnedOn: todayIso() }], allowed: zon.careWorker }) },
  {
    action: 'recordFollowUp',
    build: async () => {
      const sheet = await daansSheet();
      const done = new Set((await db.followUpRecord.findMany({ where: { assignmentId: sheet.id } })).map((record) => record.stepKey));
      const step = resolveFollowUp(sheet.lessonNumber)?.steps.find((candidate) => !done.has(candidate.key));
      if (!step) throw new Error('setup: no follow-up step left to record');
      return { args: [zon.id, { assignmentId: sheet.id, stepKey: step.key, doneOn: todayIso(), note: 'Met Daan afgesproken wanneer het blad terugkomt.' }], allowed: zon.careWorker };
    },
  },
  {
    action: 'undoFollowUp',
    build: async () => {
      const sheet = await daansSheet();
      let record = await db.followUpRecord.findFirst({ where: { assignmentId: sheet.id } });
      if (!record) {
        actAs(zon.careWorker);
        await recordFollowUp(zon.id, { assignmentId: sheet.id, stepKey: resolveFollowUp(sheet.lessonNumber)!.steps[0]!.key, doneOn: todayIso(), note: '' });
        record = await db.followUpRecord.findFirstOrThrow({ where: { assignmentId: sheet.id } });
      }
      return { args: [zon.id, { assignmentId: sheet.id, stepKey: record.stepKey }], allowed: zon.careWorker };
    },
  },

  // Learning goals (lib/learning-goals/actions.ts), each section at its stored version
  {
    action: 'saveMindMap',
    build: async () => {
      const pupilId = zon.pupil('Noor');
      const version = versionOf(mindMapValues(await learningGoalOf(pupilId)));
      return { args: [zon.id, { pupilId, goal: 'Vertellen wat ik voel', whyItMatters: 'Dan kunnen anderen helpen.', firstIdeas: '', version }], allowed: zon.teacher };
    },
  },
  {
    action: 'savePlan',
    build: async () => {
      const pupilId = zon.pupil('Noor');
      const version = versionOf(planValues(await learningGoalOf(pupilId)));
      const confirmations = Object.fromEntries(CRITERION_KEYS.map((key) => [key, false]));
      return {
        args: [zon.id, { pupilId, planWhat: 'Ik zeg het als ik boos ben', planWhen: 'In de pauze', planHow: '', helpers: 'Fenna', motivators: '', saboteurs: '', confirmations, intent: 'draft', version }],
        allowed: zon.careWorker,
      };
    },
  },
  {
    action: 'saveReview',
    build: async () => {
      const pupilId = zon.pupil('Noor');
      const version = versionOf(reviewValues(await learningGoalOf(pupilId)));
      const feedback = { pupil: 'Het lukt vaker.', mentor: '', buddy: 'Ze zegt het nu tegen mij.', classmates: '', teacher: '', careWorker: '' };
      return { args: [zon.id, { pupilId, feedback, version }], allowed: zon.teacher };
    },
  },
  {
    action: 'saveGrowth',
    build: async () => {
      const pupilId = zon.pupil('Noor');
      const version = versionOf(growthValues(await learningGoalOf(pupilId)));
      return { args: [zon.id, { pupilId, growth: 'Zegt nu zelf wanneer het te veel wordt.', version }], allowed: zon.teacher };
    },
  },
  {
    action: 'saveTalents',
    build: async () => {
      const pupilId = zon.pupil('Milan');
      const version = versionOf(talentsValues(await db.pupilTalents.findUnique({ where: { pupilId } })));
      return { args: [zon.id, { pupilId, gold: 'Tekenen', silver: 'Voetballen', bronze: 'Anderen helpen', version }], allowed: zon.careWorker };
    },
  },

  // Problem box (lib/problem-box/actions.ts)
  {
    action: 'addProblemEntry',
    build: async () => ({ args: [zon.id, { problem: 'Bij het buitenspelen mag ik niet meedoen.', anonymous: true, pupilId: '', solutions: '', status: 'NEW', discussedInLesson: '' }], allowed: zon.teacher }),
  },
  {
    action: 'updateProblemEntry',
    build: async () => {
      const entry = await db.problemBoxEntry.findFirstOrThrow({ where: { classId: zon.id }, orderBy: { createdAt: 'asc' } });
      const values = entryValues(entry);
      return { args: [zon.id, { ...values, entryId: entry.id, version: versionOf(values), status: 'DISCUSSED', discussedInLesson: '3' }], allowed: zon.teacher };
    },
  },

  // Running a lesson (lib/run/actions.ts, lib/run/capture-actions.ts): a ready plan of its own each
  {
    action: 'runCommand',
    build: async () => {
      const lesson = await readyLesson();
      return { args: [{ planId: lesson.planId, command: { type: 'start' } }], allowed: lesson.teacher };
    },
  },
  {
    action: 'recordOutcome',
    build: async () => {
      const lesson = await readyLesson();
      return { args: [{ planId: lesson.planId, activityNumber: 1, outcome: 'AS_PLANNED', actualMinutes: 5 }], allowed: lesson.careWorker };
    },
  },
  {
    action: 'markHeld',
    build: async () => {
      const lesson = await readyLesson();
      return { args: [{ planId: lesson.planId }], allowed: lesson.teacher };
    },
  },
  {
    action: 'saveCapture',
    build: async () => {
      const lesson = await readyLesson();
      return { args: [captureInput(lesson.planId, lesson.pupils[0]!.id, { text: 'Keek weg bij de vraag over thuis.' })], allowed: lesson.careWorker };
    },
  },
  {
    action: 'updateCapture',
    build: async () => {
      const lesson = await readyLesson();
      const input = captureInput(lesson.planId, lesson.pupils[1]!.id);
      actAs(lesson.teacher);
      if (!(await saveCapture(input)).ok) throw new Error('setup: capture failed');
      return { args: [{ id: input.id, kind: 'HELPED', text: 'Naast de hulpverlener zitten hielp.' }], allowed: lesson.teacher };
    },
  },
  {
    action: 'deleteCapture',
    build: async () => {
      const lesson = await readyLesson();
      const input = captureInput(lesson.planId, lesson.pupils[2]!.id);
      actAs(lesson.careWorker);
      if (!(await saveCapture(input)).ok) throw new Error('setup: capture failed');
      return { args: [{ id: input.id }], allowed: lesson.careWorker };
    },
  },
];

/**
 * Allowed to the coordinator by design: announcing that one is reading a shared document (and in
 * which field) is part of reading it; evaluation-authorization.test.ts makes the same exception.
 * It does write one row, the coordinator's own Presence row, and nothing else: asserted below,
 * so that any wider write fails here.
 */
const readerCases: ActionCase[] = [
  {
    action: 'updatePresence',
    build: async () => ({ args: [{ kind: 'PLAN', documentId: (await plan(maan.id, 1)).id, field: activityKey(1, 'notes') }], allowed: maan.teacher }),
  },
];

/** [test name, case] rows for it.each: '%s' prints the name as it is (no quotes, not shortened). */
const named = (cases: ActionCase[]) => cases.map((c) => [c.label ?? c.action, c] as const);

function actionNamed(name: string): ServerAction {
  const found = exported.get(name);
  if (!found) throw new Error(`${name} is not an exported server action`);
  return found.action;
}

describe('the table of actions', () => {
  it('has an entry for every exported server action (add one for a new action), and no stale ones', () => {
    expect(duplicateNames, 'action names must be unique across modules').toEqual([]);
    const inTable = new Set([...refusedCases, ...readerCases].map((c) => c.action));
    const missing = [...exported.keys()].filter((name) => !inTable.has(name) && !publicActions.has(name)).map((name) => `${name} (${exported.get(name)!.file})`);
    expect(missing, 'server actions without an entry in this test').toEqual([]);
    expect([...inTable].filter((name) => !exported.has(name)), 'entries that are no exported server action').toEqual([]);
    // Sanity: the scan found the action modules at all (19 'use server' modules when this was written).
    expect(actionModules.length).toBeGreaterThanOrEqual(19);
  });
});

describe('the demo coordinator (all schools) is refused every mutating action', () => {
  it.each(named(refusedCases))('%s', async (_name, { action, build }) => {
    const call = actionNamed(action);
    const { args, allowed } = await build();

    const before = await databaseFingerprint();
    actAs(coordinator);
    expect(await call(...args)).toEqual({ ok: false, formError: NOT_ALLOWED });
    expect(changedTables(before, await databaseFingerprint()), 'tables the refused call changed').toEqual([]);

    // The same input is valid: its rightful user gets it accepted, and it does write.
    actAs(allowed);
    const accepted = await call(...args);
    expect(accepted, JSON.stringify(accepted)).toMatchObject({ ok: true });
    expect(changedTables(before, await databaseFingerprint())).not.toEqual([]);
  });
});

describe('an action the coordinator may call, as a reader', () => {
  it.each(named(readerCases))('%s: only the coordinator’s own presence changes', async (_name, { action, build }) => {
    const call = actionNamed(action);
    const { args, allowed } = await build();

    const othersPresence = () => db.presence.findMany({ where: { userId: { not: coordinator.id } }, orderBy: [{ documentId: 'asc' }, { userId: 'asc' }] });
    const before = await databaseFingerprint();
    const othersBefore = await othersPresence();
    actAs(coordinator);
    expect(await call(...args)).toEqual({ ok: true, data: undefined });
    expect(changedTables(before, await databaseFingerprint())).toEqual(['Presence']);
    expect(await othersPresence()).toEqual(othersBefore);
    expect(await db.presence.count({ where: { userId: coordinator.id } })).toBe(1);

    actAs(allowed);
    expect(await call(...args)).toMatchObject({ ok: true });
  });
});

// ───────────────────────── A coordinator of one school ─────────────────────────

interface ClassTarget {
  classId: string;
  /** Lesson 1's plan, given in both demo classes used here. */
  planId: string;
  pupilId: string;
}

type Found = 'found' | 'not found';

/** A read's outcome, whichever way the code says "not found": null, notFound() or a 404. */
async function outcome(read: () => Promise<unknown>): Promise<Found | string> {
  try {
    const value = await read();
    if (value instanceof Response) {
      if (value.body) {
        // A live stream: wait for its first bytes (it is subscribed by then), then close it.
        const reader = value.body.getReader();
        await reader.read();
        await reader.cancel();
      }
      return value.status === 404 ? 'not found' : value.status === 200 ? 'found' : `status ${value.status}`;
    }
    return value === null || value === undefined ? 'not found' : 'found';
  } catch (error) {
    if ((error as { digest?: string }).digest?.includes('404')) return 'not found';
    throw error;
  }
}

const request = () => new Request('http://localhost/coordinator-read-only');
const live = (kind: string, documentId: string) => liveGET(request(), { params: Promise.resolve({ kind, documentId }) });

/**
 * Every class page's data and every route handler taking a class or document id. `classWork`: what
 * a coordinator reads in their own schools; the rest is pupil data, for the class's pair only.
 */
const classReads: { name: string; classWork: boolean; read: (user: CurrentUser, target: ClassTarget) => Promise<unknown> }[] = [
  { name: 'listReadableClasses (lib/classes/queries)', classWork: true, read: async (user, t) => (await listReadableClasses(user)).find((c) => c.id === t.classId) ?? null },
  { name: 'requireClass (lib/classes/access, every class page’s layout)', classWork: true, read: (user, t) => requireClass(user, t.classId, 'read') },
  { name: 'listClassLessons (lib/plans/queries)', classWork: true, read: (user, t) => listClassLessons(user, t.classId) },
  { name: 'getPreparePage (lib/plans/queries)', classWork: true, read: (user, t) => getPreparePage(user, t.classId, 1) },
  { name: 'getPrintablePlan (lib/plans/queries)', classWork: true, read: (user, t) => getPrintablePlan(user, t.classId, 1) },
  { name: 'getRunPage (lib/run/queries)', classWork: true, read: (user, t) => getRunPage(user, t.classId, 1) },
  { name: 'getDisplayPage (lib/run/queries)', classWork: true, read: (user, t) => getDisplayPage(user, t.classId, 1) },
  { name: 'GET /api/live/PLAN/[documentId]', classWork: true, read: (_user, t) => live('PLAN', t.planId) },
  { name: 'GET /api/live/RUN/[documentId]', classWork: true, read: (_user, t) => live('RUN', t.planId) },
  { name: 'pupilsView (lib/pupils/queries)', classWork: false, read: (user, t) => pupilsView(user, t.classId) },
  { name: 'todayView (lib/today/queries)', classWork: false, read: (user, t) => todayView(user, t.classId) },
  { name: 'homeworkOverview (lib/homework/queries)', classWork: false, read: (user, t) => homeworkOverview(user, t.classId) },
  { name: 'homeworkLessonView (lib/homework/queries)', classWork: false, read: (user, t) => homeworkLessonView(user, t.classId, 1) },
  { name: 'goalsOverview (lib/learning-goals/queries)', classWork: false, read: (user, t) => goalsOverview(user, t.classId) },
  { name: 'pupilGoalView (lib/learning-goals/queries)', classWork: false, read: (user, t) => pupilGoalView(user, t.classId, t.pupilId) },
  { name: 'problemBoxView (lib/problem-box/queries)', classWork: false, read: (user, t) => problemBoxView(user, t.classId) },
  { name: 'listCelebrations (lib/celebration/queries)', classWork: false, read: (user, t) => listCelebrations(user, t.classId) },
  { name: 'getPortfolio (lib/portfolio/queries)', classWork: false, read: (user, t) => getPortfolio(user, t.classId, t.pupilId) },
  { name: 'getCertificates (lib/certificates/queries)', classWork: false, read: (user, t) => getCertificates(user, t.classId) },
  { name: 'GET /api/classes/[classId]/certificates', classWork: false, read: (_user, t) => classCertificatesGET(request(), { params: Promise.resolve({ classId: t.classId }) }) },
  {
    name: 'GET /api/classes/[classId]/certificates/[pupilId]',
    classWork: false,
    read: (_user, t) => pupilCertificateGET(request(), { params: Promise.resolve({ classId: t.classId, pupilId: t.pupilId }) }),
  },
];

describe('a coordinator limited to De Vlinderboom', () => {
  let limited: CurrentUser;
  let own: ClassTarget;
  let other: ClassTarget;
  let otherTeacher: CurrentUser;

  beforeAll(async () => {
    limited = await currentUserOf((await createUser('COORDINATOR', { coordinatorSchoolIds: [zon.schoolId] })).id);
    otherTeacher = await currentUserOf(baken.teacher.id);
    own = { classId: zon.id, planId: (await plan(zon.id, 1)).id, pupilId: zon.pupil('Fenna') };
    other = { classId: baken.id, planId: (await plan(baken.id, 1)).id, pupilId: baken.pupil('Isa') };
  });

  it.each(classReads.map((r) => [r.name, r] as const))('gets a 404 for Het Baken’s class: %s', async (_name, { read, classWork }) => {
    const as = async (user: CurrentUser, target: ClassTarget) => {
      actAs({ id: user.id, sessionVersion: 0 });
      return outcome(() => read(user, target));
    };
    expect(await as(limited, other)).toBe('not found');
    // The same call is not a 404 by itself: Het Baken's own teacher gets the class…
    expect(await as(otherTeacher, other)).toBe('found');
    // …and the coordinator reads their own school's class work (never pupil data).
    expect(await as(limited, own)).toBe(classWork ? 'found' : 'not found');
  });
});
