import { expect, test, type Locator } from '@playwright/test';
import { demoSchools } from '../../../lib/demo/demo-data';
import { demo, signIn } from '../support/auth';
import { query } from '../support/database';

/** The data cells (not the row's header) of the table row named `name`. */
const cells = (table: Locator, name: string | RegExp) => table.getByRole('row', { name }).getByRole('cell');

/** What the database holds for a school, for figures other e2e tests may change (they run in one app). */
async function evaluationCounts(schoolName?: string) {
  return query<{ lessonNumber: number; held: number; submitted: number }>(
    `SELECT p."lessonNumber", count(*) FILTER (WHERE p."heldOn" IS NOT NULL)::int AS held, count(e."submittedAt")::int AS submitted
     FROM "LessonPlan" p JOIN "Class" c ON c.id = p."classId" JOIN "School" s ON s.id = c."schoolId"
     LEFT JOIN "Evaluation" e ON e."planId" = p.id
     WHERE $1::text IS NULL OR s.name = $1
     GROUP BY 1 ORDER BY 1`,
    [schoolName ?? null],
  );
}

async function noPupilAliases(page: import('@playwright/test').Page) {
  const text = await page.locator('main').innerText();
  for (const alias of demoSchools.flatMap((s) => s.pupils)) expect(text, `alias ${alias}`).not.toMatch(new RegExp(`\\b${alias}\\b`));
}

test('the coordinator reads the charts’ tables, filtered to De Vlinderboom, with the demo seed’s numbers', async ({ page }) => {
  await signIn(page, demo.coordinator);
  await page.goto('/overzicht');
  await page.getByRole('link', { name: 'Grafieken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Grafieken' })).toBeVisible();
  // Other e2e tests add classes (the admin's invitation test): count what the database holds.
  const [count] = await query<{ classes: number }>('SELECT count(*)::int AS classes FROM "Class"');
  await expect(page.getByTestId('classes-shown')).toHaveText(`${count!.classes} klassen in deze selectie.`);

  // Every class: the evaluations per lesson as the database counts them (Het Baken's too, when evaluated).
  const all = await evaluationCounts();
  const evaluations = page.getByRole('table', { name: 'Gegeven lessen en ingediende evaluaties per les' });
  const lesson1 = all.find((r) => r.lessonNumber === 1)!;
  await expect(cells(evaluations, /^Les 1\b/)).toHaveText([String(lesson1.held), String(lesson1.submitted)]);
  await expect(page.getByRole('img', { name: /^Staafdiagram per les, ingediende evaluaties/ })).toBeVisible();

  await page.getByLabel('School', { exact: true }).selectOption({ label: 'De Vlinderboom' });
  await page.getByRole('button', { name: 'Toepassen' }).click();
  await expect(page).toHaveURL(/school=/);
  await expect(page.getByTestId('classes-shown')).toHaveText('1 klas in deze selectie.');

  // Groep Zon gave lessons 1–3, one a week (prisma/seed/demo-runs.ts).
  const held = page.getByRole('table', { name: 'Gegeven lessen per week' });
  await expect(held.getByRole('row', { name: /^Week \d+/ })).toHaveCount(3);
  await expect(cells(held, /^Totaal/)).toHaveText(['3']);
  await expect(page.getByRole('img', { name: /^Staafdiagram: 3 lessen gegeven/ })).toBeVisible();

  const zon = await evaluationCounts('De Vlinderboom');
  for (const lesson of [1, 2, 3]) {
    const row = zon.find((r) => r.lessonNumber === lesson)!;
    await expect(cells(evaluations, new RegExp(`^Les ${lesson}\\b`))).toHaveText(['1', String(row.submitted)]);
  }

  // Stress noted in Groep Zon's lessons: Noor and Daan in lesson 1, Daan and Milan in lesson 2, Sem in lesson 3.
  const stress = page.getByRole('table', { name: 'Stresssignalen per onderdeel (rijen) en les (kolommen)' });
  await expect(cells(stress, /^Totaal/)).toHaveText(['2', '2', '1', '0', '0', '0', '0', '0']);
  // Minute 14 of lesson 1 fell in activity 3; each count names its activity for screen readers.
  await expect(cells(stress, /^Onderdeel 3\b/).first()).toHaveText('1 (Kennismakingsoefening Sta op als)');

  // Lesson 1's mentor homework: all six sheets came back (Milan's after a call on the due day).
  const homework = page.getByRole('table', { name: 'Huiswerkbladen voor de mentor per les' });
  await expect(cells(homework, /^Les 1\b/)).toHaveText(['6', '0', '0', '6']);
  await noPupilAliases(page);
});

test('the coordinator reads the fidelity report per lesson and for Groep Zon per activity', async ({ page }) => {
  await signIn(page, demo.coordinator);
  await page.goto('/overzicht');
  await page.getByRole('link', { name: 'Uitvoering' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uitvoering volgens plan' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Wat betekenen de cijfers?' })).toBeVisible();

  await page.getByLabel('School', { exact: true }).selectOption({ label: 'De Vlinderboom' });
  await page.getByRole('button', { name: 'Toepassen' }).click();
  await expect(page).toHaveURL(/school=/);

  // prisma/seed/demo-runs.ts: lesson 1 one activity adapted, lesson 2 one skipped, lesson 3 one adapted and a minute over.
  const lessons = page.getByRole('table', { name: /^Uitvoering per les/ });
  await expect(cells(lessons, /^Les 1\b/)).toHaveText(['1', '1', '6 (86%)', '1 (14%)', '0 (0%)', '45', '45', '0']);
  await expect(cells(lessons, /^Les 2\b/)).toHaveText(['1', '1', '6 (86%)', '0 (0%)', '1 (14%)', '45', '45', '0']);
  await expect(cells(lessons, /^Les 3\b/)).toHaveText(['1', '1', '5 (83%)', '1 (17%)', '0 (0%)', '45', '46', '+1']);

  await page.getByLabel('Klas', { exact: true }).selectOption({ label: 'Groep Zon' });
  await page.getByRole('button', { name: 'Toepassen' }).click();
  await expect(page).toHaveURL(/class=/);
  await expect(page.getByRole('heading', { name: 'Groep Zon · De Vlinderboom · 2026-2027' })).toBeVisible();
  const lesson2 = page.getByRole('table', { name: 'Les 2 van Groep Zon: per onderdeel gepland en uitgevoerd' });
  await expect(cells(lesson2, /^6\. Eindactiviteit/)).toHaveText(['6', 'Overgeslagen', '0']);
  await expect(cells(lesson2, /^Totaal/)).toHaveText(['45', '6 zoals gepland, 0 aangepast, 1 overgeslagen', '45']);
  await noPupilAliases(page);
});

test('the pair gets a 404 for the charts and the fidelity report', async ({ page }) => {
  await signIn(page, demo.teacherVlinderboom);
  for (const path of ['/overzicht/grafieken', '/overzicht/trouw']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await expect(page.getByRole('link', { name: 'Grafieken' })).toHaveCount(0);
});
