import { expect, test } from '@playwright/test';
import { demo, signIn } from './support/auth';
import { openClassTab } from './support/pupils';

// The demo: Groep Zon held lesson 3 today; Daan's lesson 2 sheet was due the day before and is not back.
test('the care worker sees the overdue sheet on Vandaag, records the call to the mentor, and the step leaves the list', async ({ page }) => {
  await signIn(page, demo.careWorkerVlinderboom);
  await openClassTab(page, 'Groep Zon', 'Vandaag');
  await expect(page.getByRole('heading', { level: 1, name: 'Vandaag' })).toBeVisible();

  const homework = page.getByRole('region', { name: 'Huiswerk dat terug moet zijn' });
  await expect(homework.getByText('Daan · huiswerk les 2')).toBeVisible();
  await expect(homework.getByText(/^Had er uiterlijk .+ moeten zijn\.$/)).toBeVisible();
  await expect(homework.getByText('Mentor: vader · 06-1234 5603')).toBeVisible();

  const mine = page.getByRole('region', { name: 'Uw stappen (als hulpverlener of samen)' });
  const callAgain = mine.getByRole('article').filter({ hasText: 'opnieuw contact op met de mentor' });
  await expect(callAgain).toHaveCount(1);
  await expect(callAgain.getByText('Hulpverlener', { exact: true })).toBeVisible();
  await expect(callAgain.getByText('Vandaag', { exact: true })).toBeVisible();

  await callAgain.getByText('Gedaan? Vastleggen').click();
  await callAgain.getByLabel('Notitie').fill('Vader opnieuw gebeld: het blad komt morgen mee.');
  await callAgain.getByRole('button', { name: 'Vastleggen' }).click();

  await expect(mine.getByRole('article').filter({ hasText: 'opnieuw contact op met de mentor' })).toHaveCount(0);
  // The pair's own steps for today are still there.
  await expect(mine.getByRole('article').filter({ hasText: 'spreek dan met de leerling af' })).toHaveCount(1);

  // The ladder keeps who did it, when, and the note.
  await page.getByRole('link', { name: 'Hele opvolging van Daan' }).first().click();
  const daan = page.getByRole('region', { name: 'Daan' });
  await expect(daan.getByText(/^Gedaan op .+ door Jeroen Bakker$/)).toHaveCount(2);
  await expect(daan.getByText('Vader opnieuw gebeld: het blad komt morgen mee.')).toBeVisible();
});
