import { expect, test } from '@playwright/test';
import { demo, signIn } from '../support/auth';
import { classIdOf, personPage } from '../support/plans';
import { aliasesOf, capture, LESSON_DIGIBORD as LESSON, openRun, readyLesson, RUN_CLASS } from '../support/run';

test('the digibord follows run mode live, can be steered from the keyboard, and shows no pupil', async ({ browser, page }) => {
  await readyLesson(RUN_CLASS, LESSON);
  await signIn(page, demo.teacherBaken);
  const classId = await classIdOf(page, RUN_CLASS);
  await openRun(page, classId, LESSON);

  const [display] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: /Digibord openen/ }).click()]);
  await expect(display).toHaveURL(new RegExp(`/klassen/${classId}/les/${LESSON}/digibord$`));
  await expect(display.getByText('Zo beginnen we')).toBeVisible();
  await expect(display.getByTestId('display-activity')).toHaveText('Oefening: Waar kom jij vandaan?');
  await expect(display.getByRole('navigation')).toHaveCount(0);

  // Run mode steers the display…
  await page.getByRole('button', { name: 'Les starten' }).click();
  await expect(display.getByTestId('display-clock')).toBeVisible();
  await page.getByRole('button', { name: 'Volgende activiteit' }).click();
  await expect(display.getByTestId('display-activity')).toHaveText('Erehaag en Certificaat');

  // …and the display's keyboard steers run mode.
  await display.keyboard.press('ArrowRight');
  await expect(page.getByTestId('current-activity')).toHaveText(/^3\. Leerling krijgt het woord/);
  await expect(display.getByTestId('display-activity')).toHaveText('Leerling krijgt het woord');
  await display.keyboard.press(' ');
  await expect(page.getByTestId('run-phase')).toHaveText('Gepauzeerd');
  await expect(display.getByText('Pauze', { exact: true })).toBeVisible();
  await display.keyboard.press(' ');
  await expect(page.getByTestId('run-phase')).toHaveText('Loopt');
  await display.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('current-activity')).toHaveText(/^2\. /);

  // A capture on the care worker's screen changes nothing on the wall.
  const partner = await personPage(browser, demo.careWorkerBaken);
  await openRun(partner.page, classId, LESSON);
  await capture(partner.page, 'Luuk', 'Stress', 'kijkt weg bij het voorlezen');
  await expect(partner.page.getByText('Stress genoteerd bij Luuk.')).toBeVisible();
  await partner.page.getByRole('button', { name: 'Volgende activiteit' }).click();
  await expect(display.getByTestId('display-activity')).toHaveText('Leerling krijgt het woord');

  const html = await display.content();
  for (const alias of aliasesOf('Het Baken')) expect(html, `alias ${alias} on the digibord`).not.toMatch(new RegExp(`\\b${alias}\\b`));
  expect(html).not.toContain('kijkt weg bij het voorlezen');
  await partner.context.close();
});
