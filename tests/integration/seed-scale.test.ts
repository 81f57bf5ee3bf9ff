import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { verifyPassword } from '@/lib/auth/password';
import { evaluationKeys } from '@/lib/evaluation/fields';
import { answerKey } from '@/lib/evaluation/keys';
import { getEvaluationPage } from '@/lib/evaluation/queries';
import { getProgressOverview } from '@/lib/overview/queries';
import { activityKey } from '@/lib/plans/fields';
import { programme } from '@/lib/programme';
import { classPseudonymisers } from '@/lib/pseudonym/class-pseudonymisers';
import { pupilCodePattern } from '@/lib/pupils/pseudonym';
import { SCALE_COORDINATOR } from '../../prisma/seed/scale/account';
import { seedScale, type ScaleCounts } from '../../prisma/seed/scale/seed';
import { currentUserOf } from '../support/factories';

let counts: ScaleCounts;
const homeworkLessons = programme.lessons.filter((l) => l.homework).map((l) => l.number);

beforeAll(async () => {
  counts = await seedScale(db, { schools: 2, batchSchools: 1 });
});

describe('scale seed (2 schools)', () => {
  it('makes 2 schools of both kinds, 3 classes each with their pair and 7–9 pupils with unique codes', async () => {
    const schools = await db.school.findMany({ include: { classes: { include: { team: { include: { user: true } }, pupils: true } } } });
    expect(schools.map((s) => s.kind).sort()).toEqual(['SO', 'VSO']);
    const classes = schools.flatMap((s) => s.classes);
    expect(classes).toHaveLength(6);
    for (const schoolClass of classes) {
      expect(schoolClass.team.map((m) => m.user.role).sort()).toEqual(['CARE_WORKER', 'TEACHER']);
      expect(schoolClass.pupils.length).toBeGreaterThanOrEqual(7);
      expect(schoolClass.pupils.length).toBeLessThanOrEqual(9);
      expect(schoolClass.schoolYear).toMatch(/^(\d{4})-(\d{4})$/);
    }
    const codes = classes.flatMap((c) => c.pupils.map((p) => p.code));
    expect(codes.every((code) => pupilCodePattern.test(code))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect(counts).toMatchObject({ schools: 2, classes: 6, plans: 48, pupils: codes.length });
  });

  it('prepares and holds all 48 lessons in the past; lessons 1–7 are evaluated, lesson 8 (no evaluation form) is held', async () => {
    const plans = await db.lessonPlan.findMany({ include: { signOffs: true, outcomes: true } });
    expect(plans).toHaveLength(48);
    expect(plans.filter((p) => p.status === 'EVALUATED')).toHaveLength(42);
    expect(plans.filter((p) => p.status === 'HELD').map((p) => p.lessonNumber)).toEqual([8, 8, 8, 8, 8, 8]);
    for (const plan of plans) {
      expect(plan.heldOn!.getTime()).toBeLessThan(Date.now());
      expect(plan.signOffs).toHaveLength(2);
      const lesson = programme.lessons.find((l) => l.number === plan.lessonNumber)!;
      expect(plan.outcomes.map((o) => o.activityNumber).sort((a, b) => a - b)).toEqual(lesson.activities.map((a) => a.number));
    }
    const outcomes = plans.flatMap((p) => p.outcomes);
    expect(new Set(outcomes.map((o) => o.outcome))).toEqual(new Set(['AS_PLANNED', 'ADAPTED', 'SKIPPED']));
    expect(outcomes.filter((o) => o.outcome === 'SKIPPED').every((o) => o.actualMinutes === 0 && o.note)).toBe(true);
  });

  it('plans 45 minutes per lesson, one minutes field per activity', async () => {
    const plan = await db.lessonPlan.findFirstOrThrow({ where: { lessonNumber: 3 } });
    const fields = await db.sharedField.findMany({ where: { documentKind: 'PLAN', documentId: plan.id, key: { endsWith: '.minutes' } } });
    const lesson = programme.lessons.find((l) => l.number === 3)!;
    expect(fields.map((f) => f.key).sort()).toEqual(lesson.activities.map((a) => activityKey(a.number, 'minutes')).sort());
    expect(fields.reduce((sum, f) => sum + (f.value as { v: number }).v, 0)).toBe(45);
  });

  it('records captures, stress signals with the activity they happened in', async () => {
    const stress = await db.capture.findMany({ where: { kind: 'STRESS' } });
    expect(stress.length).toBeGreaterThan(0);
    expect(stress.every((c) => c.activityNumber !== null)).toBe(true);
  });

  it('submits every evaluation with an answer to every question part, confirmed by both, with logbooks from both', async () => {
    const evaluations = await db.evaluation.findMany({ include: { answers: true, confirmations: true, plan: { select: { id: true } } } });
    expect(evaluations).toHaveLength(42);
    for (const evaluation of evaluations) {
      expect(evaluation.submittedAt).not.toBeNull();
      expect(evaluation.confirmations).toHaveLength(2);
      expect(evaluation.answers.map((a) => answerKey(a.questionKey, a.partKey)).sort()).toEqual([...evaluationKeys].sort());
    }
    const answers = evaluations.flatMap((e) => e.answers);
    expect(answers).toHaveLength(42 * evaluationKeys.length);
    const sentences = answers.map((a) => a.text.split(/(?<=[.!?])\s+/).length);
    expect(Math.min(...sentences)).toBe(1);
    expect(Math.max(...sentences)).toBe(4);
    expect(await db.logbookEntry.count()).toBe(84);
    expect(counts.answers).toBe(answers.length);
  });

  it('names pupils in some free texts, which the pseudonymiser turns into their codes', async () => {
    const answers = await db.evaluationAnswer.findMany({ include: { evaluation: { select: { plan: { select: { classId: true } } } } } });
    const classIds = [...new Set(answers.map((a) => a.evaluation.plan.classId))];
    const pupils = await db.pupil.findMany({ where: { classId: { in: classIds } } });
    const pseudonymise = await classPseudonymisers(classIds);
    const naming = answers.filter((a) => pupils.some((p) => p.classId === a.evaluation.plan.classId && new RegExp(`\\b${p.alias}\\b`).test(a.text)));
    expect(naming.length).toBeGreaterThan(10);
    for (const answer of naming) {
      const classId = answer.evaluation.plan.classId;
      const text = pseudonymise.get(classId)!(answer.text);
      expect(text).toMatch(/P-[2-9A-Z]{4}/);
      for (const pupil of pupils.filter((p) => p.classId === classId)) expect(text).not.toMatch(new RegExp(`\\b${pupil.alias}\\b`));
    }
  });

  it('hands out the mentor homework of lessons 1, 2, 5, 6 and 7 to every pupil, mostly returned', async () => {
    expect(homeworkLessons).toEqual([1, 2, 5, 6, 7]);
    const pupils = await db.pupil.count();
    const homework = await db.homeworkAssignment.findMany({ include: { followUps: true } });
    expect(homework).toHaveLength(pupils * homeworkLessons.length);
    expect(homework.filter((h) => h.status === 'RETURNED').length).toBeGreaterThan(homework.length / 2);
    expect(homework.filter((h) => h.status === 'RETURNED').every((h) => h.returnedOn !== null)).toBe(true);
    const notReturned = homework.filter((h) => h.status === 'NOT_RETURNED');
    expect(notReturned.length).toBeGreaterThan(0);
    expect(notReturned.every((h) => h.followUps.length === 1)).toBe(true);
  });

  it('gives the coordinator of all schools the password it prints, and the app reads the data through its own queries', async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: SCALE_COORDINATOR.email } });
    expect(user.role).toBe('COORDINATOR');
    expect(await verifyPassword(user.passwordHash!, SCALE_COORDINATOR.password)).toBe(true);
    const coordinator = await currentUserOf(user.id);
    const overview = await getProgressOverview(coordinator, {});
    expect(overview?.rows).toHaveLength(6);
    expect(overview?.rows.every((r) => r.cells.every((c) => c.status === (c.lessonNumber === 8 ? 'HELD' : 'EVALUATED') && c.date))).toBe(true);

    const row = overview!.rows[0]!;
    const page = await getEvaluationPage(coordinator, row.classId, 2);
    expect(page?.state).toBe('ok');
    if (page?.state !== 'ok') return;
    expect(page.page.evaluation?.answers).toHaveLength(evaluationKeys.length);
    expect(page.page.logbooks.others).toHaveLength(2);
  });
});
