/** Admin steps that several end-to-end tests need, done through the admin's own screens. */
import { expect, type Browser, type Page } from '@playwright/test';

export type InviteRole = 'Leerkracht' | 'Hulpverlener' | 'Coördinator' | 'Functioneel beheerder';

/** Creates an account through "Account aanmaken" and returns its one-time link (shown once). */
export async function inviteThroughForm(page: Page, { email, name, role }: { email: string; name: string; role: InviteRole }): Promise<string> {
  await page.goto('/beheer/accounts/nieuw');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Naam').fill(name);
  await page.getByLabel('Rol').selectOption({ label: role });
  await page.getByRole('button', { name: 'Account aanmaken en link maken' }).click();
  await expect(page.getByRole('heading', { name: `Account aangemaakt voor ${email}` })).toBeVisible();
  const link = await page.getByLabel('Eenmalige link').inputValue();
  expect(link).toMatch(/\/uitnodiging\/[A-Za-z0-9_-]{43}$/);
  return link;
}

/** Opens the link in a browser of its own, sets the password, and returns that signed-in page. */
export async function acceptInvitation(browser: Browser, link: string, password: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await page.getByLabel('Nieuw wachtwoord').fill(password);
  await page.getByLabel('Herhaal het wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
  return page;
}

/** A name no earlier run used, so tests can run again on the same database. */
export const uniqueSuffix = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
