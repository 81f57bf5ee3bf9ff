import { expect, type Page } from '@playwright/test';
import { demoSchools } from '../../../lib/demo/demo-data';

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
