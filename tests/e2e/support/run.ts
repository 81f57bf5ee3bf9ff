import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { demoSchools } from '../../../lib/demo/demo-data';
import { query } from './database';

/** The pupils' aliases of a demo school's class (what must never reach the digibord). */
export function aliasesOf(schoolName: string): readonly string[] {
  return demoSchools.find((s) => s.name === schoolName)!.pupils;
}

/** Opens run mode ("Les geven") and waits until it follows the lesson live. */
export async function openRun(page: Page, classId: string, lessonNumber: number): Promise<void> {
  await page.goto(`/klassen/${classId}/les/${lessonNumber}/geven`);
  await expect(page.getByTestId('connection')).toHaveText(/Live verbonden/);
}

/** Quick capture: tap the pupil, optionally type a note, tap the kind (two taps without a note). */
export async function capture(page: Page, alias: string, kind: 'Stress' | 'Observatie' | 'Wat hielp' | 'Gesprek nodig', text?: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^${alias}\\b`) }).click();
  const dialog = page.getByRole('dialog', { name: `Noteren bij ${alias}` });
  if (text) await dialog.getByLabel('Korte notitie (mag leeg blijven)').fill(text);
  await dialog.getByRole('button', { name: kind, exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** The timeline entries whose text contains `marker`. */
export function timelineItems(page: Page, marker: string) {
  return page.getByTestId('timeline-item').filter({ hasText: marker });
}

/** Server-action POSTs from the run page (captures, run commands, outcomes). */
export const isActionPost = (request: { method(): string; headers(): Record<string, string> }) => request.method() === 'POST' && 'next-action' in request.headers();

/*
 * Run mode's lessons: Klas 2B's lesson 7 (run through to the end) and lesson 8 (digibord and
 * offline captures). The demo seed evaluates Klas 2B's lessons 1–2; the plan and evaluation tests
 * use lessons 3–6 (see ./evaluation.ts).
 */
export const RUN_CLASS = 'Klas 2B';
export const LESSON_RUN_THROUGH = 7;
export const LESSON_DIGIBORD = 8;

/** Makes lesson N of the class a plan both of the pair signed off (READY), unless it exists. */
export async function readyLesson(className: string, lessonNumber: number): Promise<void> {
  const id = `e2e-${randomUUID()}`;
  const created = await query(
    `INSERT INTO "LessonPlan" (id, "classId", "lessonNumber", "programmeVersionId", status, "scheduledAt", "updatedAt")
     SELECT $1, c.id, $2, (SELECT id FROM "ProgrammeVersion" ORDER BY version DESC LIMIT 1), 'READY'::"LessonPlanStatus", now(), now()
     FROM "Class" c WHERE c.name = $3
     ON CONFLICT ("classId", "lessonNumber") DO NOTHING RETURNING id`,
    [id, lessonNumber, className],
  );
  if (created.length === 0) return;
  await query(
    `INSERT INTO "PlanSignOff" ("planId", "userId") SELECT $1, m."userId" FROM "ClassTeamMember" m JOIN "Class" c ON c.id = m."classId" WHERE c.name = $2`,
    [id, className],
  );
}
