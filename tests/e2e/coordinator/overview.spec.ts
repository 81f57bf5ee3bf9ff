import { expect, test } from '@playwright/test';
import { demo, signIn } from '../support/auth';

test('the coordinator sees all three schools, filters to VSO and opens a class read-only', async ({ page }) => {
  await signIn(page, demo.coordinator);
  await page.goto('/overzicht');
  for (const school of ['De Vlinderboom', 'Het Baken', 'De Linde']) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(school) })).toBeVisible();
  }
  const zon = page.getByRole('table', { name: 'Lessen per klas van De Vlinderboom' });
  await expect(zon.getByRole('row', { name: /Groep Zon/ })).toContainText('Geëvalueerd');
  await expect(page.getByRole('table', { name: 'Lessen per klas van Het Baken' }).getByRole('row', { name: /Klas 2B/ })).toContainText('Geëvalueerd');

  await page.getByLabel('Schooltype').selectOption('VSO');
  await page.getByRole('button', { name: 'Toepassen' }).click();
  await expect(page).toHaveURL(/kind=VSO/);
  await expect(page.getByRole('heading', { level: 2, name: /Het Baken/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /De Vlinderboom/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: /De Linde/ })).toHaveCount(0);

  await page.getByRole('link', { name: 'Klas 2B' }).click();
  await page.getByRole('link', { name: /Bekijken.*Les 1/ }).click();
  // Klas 2B's lesson 1 was given and evaluated in the demo seed: its plan is fixed for everyone.
  await expect(page.getByText('Deze les is gegeven. Het plan staat vast zoals het is uitgevoerd.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Klaar voor de les' })).toHaveCount(0);
  for (const textarea of await page.getByRole('textbox').all()) await expect(textarea).not.toBeEditable();
  // Pupils appear as codes, never by name.
  const aliases = ['Jesse', 'Isa', 'Thijs', 'Roos', 'Luuk', 'Evi'];
  for (const alias of aliases) await expect(page.locator('body')).not.toContainText(alias);

  // The lesson's evaluation names pupils in its free text: the coordinator reads their codes there.
  await page.goBack();
  await page.getByRole('link', { name: /Evaluatie bekijken.*Les 1/ }).click();
  await expect(page.getByTestId('evaluation-status')).toContainText('Ingediend');
  await expect(page.locator('main')).toContainText(/P-[2-9A-HJKMNP-Z]{4}/);
  const html = await page.content();
  for (const alias of aliases) expect(html, `alias ${alias} on the coordinator's evaluation page`).not.toMatch(new RegExp(`\\b${alias}\\b`, 'i'));
});
