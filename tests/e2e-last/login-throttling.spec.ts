/**
 * Runs after every other end-to-end test (its own Playwright project): ten failures from this
 * machine also throttle its address for 15 minutes, which would stop the other tests' sign-ins.
 */
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, demo } from '../e2e/support/auth';

// Its own client address (a documentation-range IP in the header only; nothing is sent there),
// so failed logins of other tests in this run do not count towards this one's limit.
test.use({ extraHTTPHeaders: { 'X-Forwarded-For': '192.0.2.41' } });

test('the 11th attempt after ten failures is refused, even with the right password', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(demo.careWorkerLinde);
  for (let attempt = 1; attempt <= 10; attempt++) {
    await page.getByLabel('Wachtwoord').fill(`fout-${attempt}`);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page.getByText('Het e-mailadres of wachtwoord klopt niet.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Inloggen' })).toBeEnabled();
  }
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByText('Er is te vaak een verkeerd wachtwoord ingevuld. Wacht 15 minuten')).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});
