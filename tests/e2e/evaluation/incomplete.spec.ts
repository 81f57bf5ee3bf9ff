import { expect, test } from '@playwright/test';
import { demo, signIn } from '../support/auth';
import { EVALUATION_CLASS, LESSON_EMPTY, markLessonHeld, openEvaluation, submissionOf } from '../support/evaluation';
import { classIdOf } from '../support/plans';

test('an evaluation with empty questions cannot be submitted, and the message says which', async ({ page }) => {
  await markLessonHeld(EVALUATION_CLASS, LESSON_EMPTY);
  await signIn(page, demo.teacherBaken);
  const classId = await classIdOf(page, EVALUATION_CLASS);
  await openEvaluation(page, classId, LESSON_EMPTY);

  await page.getByRole('button', { name: 'Indienen' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'nog niet ingevuld' });
  await expect(alert).toContainText(
    'Vraag 1 (drie handelingen bij stress), vraag 2 (gedrag dat groeiend vertrouwen laat zien), vraag 3 (een voorbeeld van een leerling), vraag 4 (opbouw en ieders aandeel) en vraag 5 (wat jullie samenwerking versterkte) zijn nog niet ingevuld.',
  );
  await expect(page.getByRole('region', { name: 'Vraag 1' })).toContainText('Vul bij vraag 1 minstens één onderdeel in.');

  // Everything but question 3: the message names just that one.
  await page.getByLabel('Handeling B').fill('Rustig rondje aan het begin.');
  await page.getByLabel('Gedrag 2').fill('Evi schreef haar top 3 zelf op.');
  await page.getByLabel('Antwoord op vraag 4').fill('Samen voorbereid.');
  await page.getByLabel('Antwoord op vraag 5').fill('Korte afstemming vooraf.');
  await page.getByRole('button', { name: 'Indienen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'nog niet ingevuld' })).toHaveText(
    'Vraag 3 (een voorbeeld van een leerling) is nog niet ingevuld. Vul alle vijf vragen in voordat u indient.',
  );
  await expect(page.getByTestId('evaluation-status')).toHaveText('Concept');
  await expect(page.getByText('Nog niemand heeft op Indienen gedrukt.')).toBeVisible();
  expect((await submissionOf(EVALUATION_CLASS, LESSON_EMPTY))?.submittedAt).toBeNull();
});
