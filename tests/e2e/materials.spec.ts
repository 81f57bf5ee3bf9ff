import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { demo, signIn } from './support/auth';

const MB = 1024 * 1024;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A small but real PDF, made fresh per run so the hash comparison cannot pass by accident. */
function makePdf(padding = 0): Buffer {
  const text = `Werkblad ${Date.now()}`;
  const pdf = `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n4 0 obj << /Length ${text.length + 24} >> stream\nBT /F1 12 Tf 72 720 Td (${text}) Tj ET\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`;
  return Buffer.concat([Buffer.from(pdf, 'latin1'), Buffer.alloc(padding, 0x20)]);
}

/** The list item of one material on the admin page: lesson region, then "Bijlage N:". */
function materialItem(page: Page, lessonHeading: string, materialNumber: number) {
  return page
    .getByRole('region', { name: lessonHeading })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^Bijlage ${materialNumber}:`) }) });
}

/**
 * Large test files go to disk and are chosen by path: the browser reads them itself, instead of
 * Playwright sending tens of megabytes through the protocol (slow on a busy machine).
 */
async function fileOnDisk(name: string, bytes: Buffer): Promise<string> {
  const path = test.info().outputPath(name);
  await writeFile(path, bytes);
  return path;
}

async function downloadBytes(page: Page, linkName: RegExp): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  return readFile((await download.path())!);
}

test('an admin uploads a material and a teacher downloads the same bytes', async ({ page, browser }) => {
  await signIn(page, demo.admin);
  await page.goto('/beheer/materialen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Materialen');

  const pdf = makePdf();
  const item = materialItem(page, 'Les 1: Wie ben ik', 2);
  await item.getByLabel('Bestand voor bijlage 2').setInputFiles({ name: 'Sta op als.pdf', mimeType: 'application/pdf', buffer: pdf });
  await item.getByRole('button', { name: 'Uploaden' }).click();
  await expect(item.getByRole('status')).toHaveText('Opgeslagen: Sta op als.pdf is nu bijlage 2 van les 1.');
  await expect(item).toContainText('Geüpload op');
  await expect(item.getByLabel('Bestand voor bijlage 2')).toHaveValue('');

  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await signIn(teacher, demo.teacherVlinderboom);
  await teacher.goto('/lessenreeks/1');
  const materials = teacher.getByRole('region', { name: 'F. Werkmaterialen' });
  await expect(materials.getByRole('link', { name: /^Downloaden: Sta op als\.pdf/ })).toBeVisible();
  const downloaded = await downloadBytes(teacher, /^Downloaden: Sta op als\.pdf/);
  expect(sha256(downloaded)).toBe(sha256(pdf));

  // The activity that uses bijlage 2 links to the same download.
  const activity = teacher.getByRole('article', { name: '3. Kennismakingsoefening Sta op als' });
  await expect(activity.getByRole('link', { name: /^Bijlage 2:/ })).toHaveAttribute('href', '/api/materials/1/2');
  await teacherContext.close();
});

test('a large file under the limit arrives whole', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, demo.admin);
  await page.goto('/beheer/materialen');
  // Above the proxy's default 10 MB body buffer, below our 20 MB limit.
  const pdf = makePdf(15 * MB);
  const item = materialItem(page, 'Les 6: Een fijne hulp zijn', 3);
  await item.getByLabel('Bestand voor bijlage 3').setInputFiles(await fileOnDisk('Helpende mensen afbeeldingen.pdf', pdf));
  await item.getByRole('button', { name: 'Uploaden' }).click();
  await expect(item.getByRole('status')).toContainText('Opgeslagen: Helpende mensen afbeeldingen.pdf', { timeout: 60_000 });

  const response = await page.request.get('/api/materials/6/3');
  expect(response.status()).toBe(200);
  expect(sha256(await response.body())).toBe(sha256(pdf));
});

test('a file over 20 MB is refused with a Dutch message and stays selected', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, demo.admin);
  await page.goto('/beheer/materialen');
  const item = materialItem(page, 'Les 2: Waar ben ik goed in', 1);
  const input = item.getByLabel('Bestand voor bijlage 1');
  await input.setInputFiles(await fileOnDisk('groot.pdf', makePdf(25 * MB)));
  await item.getByRole('button', { name: 'Uploaden' }).click();
  await expect(item.getByRole('alert')).toHaveText('Het bestand is groter dan 20 MB.');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  expect(await input.evaluate((el: HTMLInputElement) => el.files?.[0]?.name)).toBe('groot.pdf');
  await expect(item).toContainText('Nog niet geüpload');
});

test('a program renamed to .pdf is refused with a Dutch message', async ({ page }) => {
  await signIn(page, demo.admin);
  await page.goto('/beheer/materialen');
  const item = materialItem(page, 'Les 2: Waar ben ik goed in', 2);
  const exe = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]), Buffer.from('This program cannot be run in DOS mode.')]);
  await item.getByLabel('Bestand voor bijlage 2').setInputFiles({ name: 'werkblad.pdf', mimeType: 'application/pdf', buffer: exe });
  await item.getByRole('button', { name: 'Uploaden' }).click();
  await expect(item.getByRole('alert')).toContainText('Dit soort bestand kan niet.');
  await expect(item).toContainText('Nog niet geüpload');
  expect((await page.request.get('/api/materials/2/2')).status()).toBe(404);
});

test('only an admin reaches the materials page; downloads need a session', async ({ page, browser }) => {
  await signIn(page, demo.teacherBaken);
  expect((await page.goto('/beheer/materialen'))?.status()).toBe(404);

  const anonymous = await browser.newContext();
  expect((await anonymous.request.get('/api/materials/1/2')).status()).toBe(404);
  await anonymous.close();
});
