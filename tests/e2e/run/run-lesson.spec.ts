import { expect, test } from '@playwright/test';
import { demo, signIn } from '../support/auth';
import { classIdOf, personPage } from '../support/plans';
import { capture, LESSON_RUN_THROUGH as LESSON, openRun, readyLesson, RUN_CLASS, timelineItems } from '../support/run';

test('the pair runs a lesson through all its activities, captures stress in two taps and finishes it', async ({ browser, page }) => {
  // Seven activities, each recorded and moved on from two browsers: longer than the default minute.
  test.setTimeout(180_000);
  await readyLesson(RUN_CLASS, LESSON);
  await signIn(page, demo.teacherBaken);
  const classId = await classIdOf(page, RUN_CLASS);
  const partner = await personPage(browser, demo.careWorkerBaken);

  // The class's lessons link to run mode for a ready plan.
  await page.goto(`/klassen/${classId}`);
  await page.getByRole('link', { name: new RegExp(`^Les geven Les ${LESSON}:`) }).click();
  await expect(page).toHaveURL(new RegExp(`/klassen/${classId}/les/${LESSON}/geven$`));
  await expect(page.getByTestId('connection')).toHaveText(/Live verbonden/);
  await openRun(partner.page, classId, LESSON);

  await page.getByRole('button', { name: 'Les starten' }).click();
  for (const p of [page, partner.page]) {
    await expect(p.getByTestId('run-phase')).toHaveText('Loopt');
    await expect(p.getByTestId('current-activity')).toHaveText(/^1\. /);
  }
  await expect(page.getByTestId('lesson-clock')).not.toHaveText('00:00', { timeout: 5000 });

  const count = await page.getByTestId('lesson-overview').getByRole('listitem').count();
  expect(count).toBe(7);
  for (let number = 1; number <= count; number += 1) {
    await expect(partner.page.getByTestId('current-activity')).toHaveText(new RegExp(`^${number}\\. `));
    if (number === 1) {
      // Each sees their own role's guidance open first, the partner's folded.
      await expect(page.locator('details[open] > summary').first()).toHaveText('Uw rol (leerkracht)');
      await expect(page.locator('details:not([open]) > summary', { hasText: 'Rol van de hulpverlener' })).toBeVisible();
      await expect(partner.page.locator('details[open] > summary').first()).toHaveText('Uw rol (hulpverlener)');
    }
    if (number === 3) {
      // The care worker taps a pupil, then "Stress": saved.
      await capture(partner.page, 'Isa', 'Stress');
      await expect(partner.page.getByText('Stress genoteerd bij Isa.')).toBeVisible();
      await expect(timelineItems(partner.page, 'Isa').filter({ hasText: 'Stress' })).toHaveAttribute('data-state', 'saved');
    }
    const form = page.getByRole('form', { name: /Wat gebeurde er\?/ });
    if (number === 2) {
      await form.getByLabel('Aangepast', { exact: true }).check();
      await form.getByLabel('Wat heeft u aangepast?').fill('In tweetallen in plaats van klassikaal.');
    } else if (number === 5) {
      await form.getByLabel('Overgeslagen', { exact: true }).check();
    } else {
      await form.getByLabel('Zoals gepland', { exact: true }).check();
    }
    await form.getByRole('button', { name: 'Vastleggen' }).click();
    await expect(form.getByTestId('outcome-recorded')).toHaveText(number === 2 ? /Vastgelegd: Aangepast/ : number === 5 ? /Vastgelegd: Overgeslagen, 0 min/ : /Vastgelegd: Zoals gepland/);
    if (number < count) await page.getByRole('button', { name: 'Volgende activiteit' }).click();
  }
  await expect(page.getByRole('button', { name: 'Volgende activiteit' })).toBeDisabled();
  // The partner's overview shows what the teacher recorded, live.
  await expect(partner.page.getByTestId('lesson-overview').getByText('Aangepast')).toHaveCount(1);
  await expect(partner.page.getByTestId('lesson-overview').getByText('Overgeslagen')).toHaveCount(1);

  await page.getByRole('button', { name: 'Les afgerond' }).click();
  await page.getByRole('dialog', { name: 'Is de les afgerond?' }).getByRole('button', { name: 'Ja, les afronden' }).click();
  await expect(page).toHaveURL(new RegExp(`/klassen/${classId}/les/${LESSON}/evaluatie$`));
  await expect(partner.page.getByText('De les is afgerond.')).toBeVisible();

  // The lesson now shows as given, with what happened.
  await page.goto(`/klassen/${classId}`);
  await expect(page.getByRole('listitem').filter({ hasText: `Les ${LESSON}:` }).getByText('Gegeven', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: new RegExp(`^Verloop van de les Les ${LESSON}:`) }).click();
  await expect(page.getByText(/Deze les is gegeven op/)).toBeVisible();
  const overview = page.getByTestId('lesson-overview');
  await expect(overview.getByText('Aangepast')).toHaveCount(1);
  await expect(overview.getByText('Overgeslagen')).toHaveCount(1);
  await expect(overview.getByText('Zoals gepland')).toHaveCount(5);
  await expect(timelineItems(page, 'Isa').filter({ hasText: 'Stress' })).toHaveCount(1);
  await expect(page.getByLabel('Wat heeft u aangepast?')).toHaveValue('In tweetallen in plaats van klassikaal.');
  await partner.context.close();
});
