import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { demo, signIn } from '../support/auth';
import { query } from '../support/database';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

async function downloadWith(page: Page, button: string): Promise<{ download: Download; bytes: Buffer }> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const download = await waiting;
  return { download, bytes: await readFile((await download.path())!) };
}

test('the demo coordinator opens Exporteren and downloads the research export as XLSX and as a CSV zip', async ({ page }) => {
  await signIn(page, demo.coordinator);
  await page.goto('/overzicht');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Exporteren' }).click();
  await expect(page).toHaveURL(/\/overzicht\/export$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Exporteren' })).toBeVisible();
  // Other e2e tests add schools and classes (the admin's invitation test): count what the database holds.
  const [scope] = await query<{ schools: number; classes: number }>('SELECT (SELECT count(*) FROM "School")::int AS schools, (SELECT count(*) FROM "Class")::int AS classes');
  await expect(page.getByText(`Binnen uw bereik: ${scope!.schools} scholen met ${scope!.classes} klassen.`)).toBeVisible();
  await expect(page.getByText(/leerlingcode \(zoals P-7K3Q\), nooit met hun naam/)).toBeVisible();

  const xlsx = await downloadWith(page, 'Download Excel (XLSX)');
  expect(xlsx.download.suggestedFilename()).toMatch(/^bouwen-aan-vertrouwen-export-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect([...xlsx.bytes.subarray(0, 4)]).toEqual(ZIP_MAGIC);
  expect(xlsx.bytes.length).toBeGreaterThan(10_000);
  // An XLSX is a zip holding the workbook and a sheet per table.
  expect(Object.keys(unzipSync(xlsx.bytes))).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/worksheets/sheet8.xml']));
  await expect(page.getByRole('status').filter({ hasText: /Klaar: bouwen-aan-vertrouwen-export-.*\.xlsx \((?:\d+ kB|\d+,\d MB)\) is opgeslagen\./ })).toBeVisible();

  await page.getByLabel('Schooltype').selectOption('SO');
  const csv = await downloadWith(page, 'Download CSV (zip)');
  expect(csv.download.suggestedFilename()).toMatch(/^bouwen-aan-vertrouwen-export-\d{4}-\d{2}-\d{2}\.zip$/);
  expect([...csv.bytes.subarray(0, 4)]).toEqual(ZIP_MAGIC);
  expect(csv.bytes.length).toBeGreaterThan(2_000);
  const files = unzipSync(csv.bytes);
  expect(Object.keys(files)).toEqual(['plans.csv', 'activities.csv', 'evaluations.csv', 'amendments.csv', 'logbooks.csv', 'homework.csv', 'captures.csv', 'codebook.csv']);
  const plans = new TextDecoder().decode(files['plans.csv']);
  // The filter was applied: SO schools only.
  expect(plans).toContain('De Vlinderboom');
  expect(plans).not.toContain('Het Baken');
});

test('without JavaScript the buttons still download the export', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, demo.coordinator);
  await page.goto('/overzicht/export');
  const xlsx = await downloadWith(page, 'Download Excel (XLSX)');
  expect(xlsx.download.suggestedFilename()).toMatch(/^bouwen-aan-vertrouwen-export-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect([...xlsx.bytes.subarray(0, 4)]).toEqual(ZIP_MAGIC);
  await context.close();
});

test('the export is not there for a teacher', async ({ page }) => {
  await signIn(page, demo.teacherVlinderboom);
  expect((await page.request.get('/api/export/xlsx')).status()).toBe(404);
  expect((await page.request.get('/api/export/csv')).status()).toBe(404);
  const response = await page.goto('/overzicht/export');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Exporteren' })).toHaveCount(0);
});
