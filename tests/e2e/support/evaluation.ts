/** Set-up for the evaluation tests: lessons of Klas 2B (Het Baken) that no other e2e test uses. */
import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { query } from './database';

/*
 * Klas 2B's lessons 4, 5 and 6 belong to these tests: the plan tests use De Linde's lessons 1–2 and
 * Klas 2B's lesson 3, run mode uses Klas 2B's lessons 7–8 (./run.ts). A lesson is marked given here, as run
 * mode's "Les afgerond" would, so these tests do not depend on that screen.
 */
export const EVALUATION_CLASS = 'Klas 2B';
export const LESSON_TOGETHER = 4;
export const LESSON_DOUBLE_CLICK = 5;
export const LESSON_EMPTY = 6;

/** Makes lesson N of the class a plan that was given today (HELD), unless it already is. */
export async function markLessonHeld(className: string, lessonNumber: number): Promise<void> {
  await query(
    `INSERT INTO "LessonPlan" (id, "classId", "lessonNumber", "programmeVersionId", status, "heldOn", "scheduledAt", "updatedAt")
     SELECT $1, c.id, $2, (SELECT id FROM "ProgrammeVersion" ORDER BY version DESC LIMIT 1), 'HELD'::"LessonPlanStatus", CURRENT_DATE, now(), now()
     FROM "Class" c WHERE c.name = $3
     ON CONFLICT ("classId", "lessonNumber") DO UPDATE SET status = 'HELD'::"LessonPlanStatus", "heldOn" = CURRENT_DATE
     WHERE "LessonPlan".status IN ('PREPARING', 'READY')`,
    [`e2e-${randomUUID()}`, lessonNumber, className],
  );
}

/** Opens the evaluation page and waits until the live connection is up. */
export async function openEvaluation(page: Page, classId: string, lessonNumber: number): Promise<void> {
  await page.goto(`/klassen/${classId}/les/${lessonNumber}/evaluatie`);
  await expect(page.getByText('Live verbonden')).toBeVisible();
}

/** The stored submission of a lesson's evaluation: when, how many answers, how many submit entries. */
export async function submissionOf(className: string, lessonNumber: number) {
  const [row] = await query<{ id: string; submittedAt: Date | null; answers: string; submits: string }>(
    `SELECT e.id, e."submittedAt",
       (SELECT count(*) FROM "EvaluationAnswer" a WHERE a."evaluationId" = e.id) AS answers,
       (SELECT count(*) FROM "AuditLog" l WHERE l.action = 'evaluation.submit' AND l."entityId" = e.id) AS submits
     FROM "Evaluation" e JOIN "LessonPlan" p ON p.id = e."planId" JOIN "Class" c ON c.id = p."classId"
     WHERE c.name = $1 AND p."lessonNumber" = $2`,
    [className, lessonNumber],
  );
  return row ? { submittedAt: row.submittedAt, answers: Number(row.answers), submits: Number(row.submits) } : null;
}

/** Fills every question of the form, one part each for questions 1 and 2. */
export async function fillAllQuestions(page: Page, prefix: string): Promise<void> {
  await page.getByLabel('Handeling A').fill(`${prefix}: persoonlijk begroeten bij de deur`);
  await page.getByLabel('Gedrag 1').fill(`${prefix}: leerlingen keken elkaar aan`);
  await page.getByLabel('Antwoord op vraag 3').fill(`${prefix}: Isa vertelde over thuis`);
  await page.getByLabel('Antwoord op vraag 4').fill(`${prefix}: samen voorbereid`);
  await page.getByLabel('Antwoord op vraag 5').fill(`${prefix}: vooraf afgesproken signalen`);
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' }).first()).toBeVisible();
}
