import { expect, test } from '@playwright/test';
import { demo, signIn } from '../support/auth';
import { EVALUATION_CLASS, LESSON_TOGETHER, markLessonHeld, openEvaluation, submissionOf } from '../support/evaluation';
import { classIdOf, personPage } from '../support/plans';

test('teacher and care worker fill in the evaluation together, both submit, and it is locked', async ({ browser, page }) => {
  await markLessonHeld(EVALUATION_CLASS, LESSON_TOGETHER);
  await markLessonHeld(EVALUATION_CLASS, LESSON_TOGETHER + 1);
  await signIn(page, demo.teacherBaken);
  const classId = await classIdOf(page, EVALUATION_CLASS);
  const partner = await personPage(browser, demo.careWorkerBaken);

  // The class's lessons link to the evaluation of a given lesson.
  await page.goto(`/klassen/${classId}`);
  await page.getByRole('link', { name: new RegExp(`^Evalueren Les ${LESSON_TOGETHER}:`) }).click();
  await expect(page.getByText('Live verbonden')).toBeVisible();
  await openEvaluation(partner.page, classId, LESSON_TOGETHER);

  // Each sees the other's typing appear live.
  await page.getByLabel('Handeling A').fill('Ruud liet leerlingen zelf hun plek kiezen.');
  await page.getByLabel('Antwoord op vraag 3').fill('Isa vertelde na de les over haar oma.');
  await expect(partner.page.getByLabel('Handeling A')).toHaveValue('Ruud liet leerlingen zelf hun plek kiezen.');
  await expect(partner.page.getByLabel('Antwoord op vraag 3')).toHaveValue('Isa vertelde na de les over haar oma.');
  await partner.page.getByLabel('Gedrag 1').fill('Jesse en Luuk werkten samen.');
  await partner.page.getByLabel('Antwoord op vraag 4').fill('Marloes maakte de werkbladen, Ruud leidde de opening.');
  await partner.page.getByLabel('Antwoord op vraag 5').fill('Het telefoontje vooraf over de rolverdeling.');
  await expect(page.getByLabel('Antwoord op vraag 5')).toHaveValue('Het telefoontje vooraf over de rolverdeling.');
  await expect(page.getByLabel('Gedrag 1')).toHaveValue('Jesse en Luuk werkten samen.');

  // The teacher submits first: that is a confirmation, not yet a submission.
  await page.getByRole('button', { name: 'Indienen' }).click();
  await expect(page.getByText('U heeft op Indienen gedrukt.')).toBeVisible();
  await expect(partner.page.getByTestId('confirmations')).toContainText('Marloes Janssen (leerkracht) heeft op Indienen gedrukt');
  expect((await submissionOf(EVALUATION_CLASS, LESSON_TOGETHER))?.submittedAt).toBeNull();

  // The care worker confirms too: submitted, and locked in both browsers.
  await partner.page.getByRole('button', { name: 'Indienen' }).click();
  for (const p of [page, partner.page]) {
    await expect(p.getByTestId('evaluation-status')).toContainText('Ingediend');
    await expect(p.getByLabel('Handeling A')).toHaveCount(0);
    await expect(p.getByRole('button', { name: 'Indienen' })).toHaveCount(0);
    await expect(p.getByText('Isa vertelde na de les over haar oma.')).toBeVisible();
  }
  expect(await submissionOf(EVALUATION_CLASS, LESSON_TOGETHER)).toMatchObject({ answers: 5, submits: 1 });

  // A later change is an amendment under the original answer, which stays as it was.
  await partner.page.getByLabel('Bij welke vraag?').selectOption({ label: 'Vraag 3' });
  await partner.page.getByLabel('Aanvulling', { exact: true }).fill('Isa kwam er de week erna zelf op terug.');
  await partner.page.getByRole('button', { name: 'Aanvulling opslaan' }).click();
  const question3 = partner.page.getByRole('region', { name: 'Vraag 3' });
  await expect(question3).toContainText('Isa vertelde na de les over haar oma.');
  await expect(question3).toContainText('Isa kwam er de week erna zelf op terug.');
  await expect(question3).toContainText('Aanvulling van Ruud Peeters');

  // The next lesson's prepare page shows this evaluation.
  await page.goto(`/klassen/${classId}/les/${LESSON_TOGETHER + 1}`);
  const previous = page.getByRole('region', { name: new RegExp(`les ${LESSON_TOGETHER},`, 'i') });
  await expect(previous).toContainText('Ruud liet leerlingen zelf hun plek kiezen.');
  await expect(previous).toContainText('Het telefoontje vooraf over de rolverdeling.');
  await partner.context.close();
});
