import { expect, test } from '@playwright/test';
import { inviteThroughForm, uniqueSuffix } from './support/admin';
import { demo, signIn } from './support/auth';

test('the audit log shows the invitation, with who did it, and filters on action', async ({ page }) => {
  const email = `auditlog.${uniqueSuffix()}@example.org`;
  await signIn(page, demo.admin);
  await inviteThroughForm(page, { email, name: 'Ada Audit', role: 'Coördinator' });

  await page.goto('/beheer');
  await page.getByRole('link', { name: 'Auditlog' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Auditlog');
  await page.getByLabel('Actie').fill('account.invite');
  await page.getByRole('button', { name: 'Filteren' }).click();
  await expect(page).toHaveURL(/actie=account\.invite/);

  const log = page.getByRole('table', { name: 'Auditlog, het nieuwste eerst' });
  const row = log.getByRole('row').filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('account.invite');
  await expect(row).toContainText('Bea Beheer');
  await expect(row).toContainText(demo.admin);
  // Only invitations are listed under this filter.
  for (const action of await log.locator('tbody tr td:nth-child(2)').allTextContents()) expect(action).toBe('account.invite');
});
