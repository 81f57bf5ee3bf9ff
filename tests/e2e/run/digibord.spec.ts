import { expect, test } from '@playwright/test';
import { demo, signIn } from '../support/auth';
import { classIdOf, personPage } from '../support/plans';
import { aliasesOf, capture, openRun } from '../support/run';

// Het Baken lesson 2 (ready in the demo seed).
test('the digibord follows run mode live, can be steered from the keyboard, and shows no pupil', async ({ browser, page }) => {
  await signIn(page, demo.teacherBaken);
  const classId = await classIdOf(page, 'Klas 2B');
  await openRun(page, classId, 2);

  const [display] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: /Digibord openen/ }).click()]);
  await expect(display).toHaveURL(new RegExp(`/klassen/${classId}/les/2/digibord$`));
  await expect(display.getByText('Zo beginnen we')).toBeVisible();
  await expect(display.getByTestId('display-activity')).toHaveText('Oefening: Waar kom jij vandaan?');
  await expect(display.getByRole('navigation')).toHaveCount(0);

  // Run mode steers the display…
  await page.getByRole('button', { name: 'Les starten' }).click();
  await expect(display.getByTestId('display-clock')).toBeVisible();
  await page.getByRole('button', { name: 'Volgende activiteit' }).click();
  await expect(display.getByTestId('display-activity')).toHaveText('Terugkoppelen huiswerkopdracht vijf vingers aan de hand');

  // …and the display's keyboard steers run mode.
  await display.keyboard.press('ArrowRight');
  await expect(page.getByTestId('current-activity')).toHaveText(/^3\. Benoemen van kwaliteiten/);
  await expect(display.getByTestId('display-activity')).toHaveText('Benoemen van kwaliteiten/ talenten van de ander');
  await display.keyboard.press(' ');
  await expect(page.getByTestId('run-phase')).toHaveText('Gepauzeerd');
  await expect(display.getByText('Pauze', { exact: true })).toBeVisible();
  await display.keyboard.press(' ');
  await expect(page.getByTestId('run-phase')).toHaveText('Loopt');
  await display.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('current-activity')).toHaveText(/^2\. /);

  // A capture on the care worker's screen changes nothing on the wall.
  const partner = await personPage(browser, demo.careWorkerBaken);
  await openRun(partner.page, classId, 2);
  await capture(partner.page, 'Luuk', 'Stress', 'kijkt weg bij het voorlezen');
  await expect(partner.page.getByText('Stress genoteerd bij Luuk.')).toBeVisible();
  await partner.page.getByRole('button', { name: 'Volgende activiteit' }).click();
  await expect(display.getByTestId('display-activity')).toHaveText('Benoemen van kwaliteiten/ talenten van de ander');

  const html = await display.content();
  for (const alias of aliasesOf('Het Baken')) expect(html, `alias ${alias} on the digibord`).not.toMatch(new RegExp(`\\b${alias}\\b`));
  expect(html).not.toContain('kijkt weg bij het voorlezen');
  await partner.context.close();
});
