import { expect, test } from '@playwright/test';
import { acceptInvitation, inviteThroughForm, uniqueSuffix } from './support/admin';
import { demo, signIn } from './support/auth';

test('a user the admin deactivates is sent to the login page on their next click', async ({ page, browser }) => {
  // Two browsers and an invitation first: more than the default minute on a busy machine.
  test.slow();
  const suffix = uniqueSuffix();
  const email = `hulpverlener.${suffix}@example.org`;
  const name = `Sam Stop ${suffix}`;
  await signIn(page, demo.admin);
  const link = await inviteThroughForm(page, { email, name, role: 'Hulpverlener' });

  const careWorker = await acceptInvitation(browser, link, 'koffie met twee suikerklontjes');
  await expect(careWorker).toHaveURL(/\/klassen$/);

  await page.goto('/beheer/accounts');
  await page.getByRole('link', { name }).click();
  await page.getByRole('button', { name: 'Account deactiveren' }).click();
  await expect(page.getByText(`Weet u het zeker? ${name} kan daarna niet meer inloggen.`)).toBeVisible();
  await page.getByRole('button', { name: 'Ja, deactiveren' }).click();
  await expect(page.getByText('Het account is gedeactiveerd.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Account weer activeren' })).toBeVisible();

  await careWorker.getByRole('link', { name: 'Lessenreeks' }).click();
  await expect(careWorker).toHaveURL(/\/login/);
  await expect(careWorker.getByRole('heading', { level: 1 })).toHaveText('Inloggen');

  // And signing in again is refused, with the usual message.
  await careWorker.getByLabel('E-mail').fill(email);
  await careWorker.getByLabel('Wachtwoord').fill('koffie met twee suikerklontjes');
  await careWorker.getByRole('button', { name: 'Inloggen' }).click();
  await expect(careWorker.getByText('Het e-mailadres of wachtwoord klopt niet.')).toBeVisible();
});

test('the admin cannot deactivate their own account', async ({ page }) => {
  await signIn(page, demo.admin);
  await page.goto('/beheer/accounts');
  await page.getByRole('link', { name: 'Bea Beheer' }).click();
  await expect(page.getByText('Dit is uw eigen account. U kunt het niet zelf deactiveren.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Account deactiveren' })).toHaveCount(0);
});
