import { expect, test } from '@playwright/test';
import { demoSchools } from '../../../lib/demo/demo-data';
import { demoEvaluations } from '../../../prisma/seed/demo-evaluation-texts';
import { demo, signIn } from '../support/auth';

const allAliases = demoSchools.flatMap((s) => [...s.pupils]);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The demo text as the coordinator must read it: every pupil alias replaced by some pupil code. */
function pseudonymised(text: string): RegExp {
  const aliases = new RegExp(`\\b(?:${allAliases.map(escape).join('|')})\\b`, 'g');
  return new RegExp(escape(text).replace(aliases, 'P-[2-9A-HJKMNP-Z]{4}'));
}

const baken = demoEvaluations['Het Baken']!;

test('the coordinator reads question 2 of the VSO classes side by side, pseudonymised', async ({ page }) => {
  await signIn(page, demo.coordinator);
  await page.goto('/overzicht');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Antwoorden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Antwoorden' })).toBeVisible();
  for (const school of ['De Vlinderboom', 'Het Baken', 'De Linde']) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(school) })).toBeVisible();
  }

  await page.getByLabel('Schooltype').selectOption('VSO');
  await page.getByLabel('Vraag', { exact: true }).selectOption({ label: '2. Gedrag dat groeiend vertrouwen laat zien' });
  await page.getByRole('button', { name: 'Toepassen' }).click();
  await expect(page).toHaveURL(/question=trustBehaviours/);
  await expect(page).toHaveURL(/kind=VSO/);
  await expect(page.getByRole('heading', { level: 2, name: 'Vraag 2' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Het Baken/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /De Vlinderboom|De Linde/ })).toHaveCount(0);

  const table = page.getByRole('table', { name: 'Antwoorden op vraag 2 per klas en les, Het Baken' });
  const row = table.getByRole('row', { name: /Klas 2B/ });
  const [lesson1, lesson2] = [row.getByRole('cell').nth(0), row.getByRole('cell').nth(1)];
  for (const [cell, lessonNumber] of [[lesson1, 1], [lesson2, 2]] as const) {
    const answers = baken[lessonNumber]!.answers;
    for (const [label, key] of [['Gedrag 1', 'b1'], ['Gedrag 2', 'b2'], ['Gedrag 3', 'b3']]) {
      await expect(cell.getByRole('term').filter({ hasText: label })).toBeVisible();
      await expect(cell.getByRole('definition').filter({ hasText: pseudonymised(answers[`trustBehaviours.${key}`]!) })).toBeVisible();
    }
    await expect(cell).toContainText(/Gegeven op \d+ \w+ \d{4}/);
  }
  // Lesson 1's first behaviour names two pupils: they appear as their codes.
  await expect(lesson1).toContainText(/P-[2-9A-HJKMNP-Z]{4} en P-[2-9A-HJKMNP-Z]{4}, die elkaar normaal ontlopen/);
  await expect(row.getByRole('cell').nth(6)).toHaveText('Nog niet geëvalueerd');

  // No demo pupil's alias anywhere on the page.
  const text = (await page.locator('body').textContent()) ?? '';
  for (const alias of allAliases) expect(text, alias).not.toMatch(new RegExp(`\\b${escape(alias)}s?\\b`));

  // Searching finds the lesson whose answer matches; a pupil's name finds nothing at all.
  await page.getByLabel('Zoeken in de antwoorden').fill('complimenten');
  await page.getByRole('button', { name: 'Toepassen' }).click();
  await expect(row.getByRole('cell').nth(0)).toHaveText('Niet gevonden met deze filters');
  await expect(row.getByRole('cell').nth(1)).toContainText('Leerlingen namen complimenten aan zonder ze weg te lachen.');

  await page.getByLabel('Zoeken in de antwoorden').fill('Isa');
  await page.getByRole('button', { name: 'Toepassen' }).click();
  await expect(page).toHaveURL(/q=Isa/);
  await expect(page.getByText('Geen antwoorden gevonden met deze filters.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});
