import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, demo } from './support/auth';

const startPages = [
  { email: demo.admin, url: /\/beheer$/, heading: 'Beheer' },
  { email: demo.coordinator, url: /\/overzicht$/, heading: 'Overzicht' },
  { email: demo.teacherVlinderboom, url: /\/klassen$/, heading: 'Mijn klassen' },
  { email: demo.careWorkerBaken, url: /\/klassen$/, heading: 'Mijn klassen' },
];

for (const { email, url, heading } of startPages) {
  test(`${email} signs in through the form and lands on their start page`, async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page).toHaveURL(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page).toHaveURL(/\/login/);
  });
}

test('a wrong password shows a Dutch error and keeps the e-mail address', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(demo.teacherLinde);
  await page.getByLabel('Wachtwoord').fill('niet-het-goede-wachtwoord');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByText('Het e-mailadres of wachtwoord klopt niet.')).toBeVisible();
  await expect(page.getByLabel('E-mail')).toHaveValue(demo.teacherLinde);
  await expect(page).toHaveURL(/\/login/);
});

test('the login page lists the demo accounts while demo data is on', async ({ page }) => {
  await page.goto('/login');
  const demoSection = page.getByRole('region', { name: 'Demo-accounts' });
  await expect(demoSection).toContainText(DEMO_PASSWORD);
  for (const email of Object.values(demo)) await expect(demoSection).toContainText(email);
});

test('signed-out visitors are sent to the login page', async ({ page }) => {
  await page.goto('/klassen');
  await expect(page).toHaveURL(/\/login/);
});

test('pages carry the security headers', async ({ request }) => {
  const response = await request.get('/login');
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  // Production build: HSTS is sent (browsers ignore it on plain-http localhost).
  expect(headers['strict-transport-security']).toContain('max-age=');
  // A fresh nonce for every response.
  const again = (await request.get('/login')).headers()['content-security-policy'];
  expect(again).not.toBe(csp);
});

test('the session cookie is httpOnly and SameSite=Lax', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(demo.teacherBaken);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/klassen$/);
  const cookie = (await page.context().cookies()).find((c) => c.name.includes('next-auth.session-token'));
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe('Lax');
});
