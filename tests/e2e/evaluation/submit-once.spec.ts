import { expect, test } from '@playwright/test';
import { demo, signIn } from '../support/auth';
import { EVALUATION_CLASS, fillAllQuestions, LESSON_DOUBLE_CLICK, markLessonHeld, openEvaluation, submissionOf } from '../support/evaluation';
import { classIdOf, personPage } from '../support/plans';

test('a double click on "Indienen" submits the evaluation once', async ({ browser, page }) => {
  await markLessonHeld(EVALUATION_CLASS, LESSON_DOUBLE_CLICK);
  await signIn(page, demo.teacherBaken);
  const classId = await classIdOf(page, EVALUATION_CLASS);
  await openEvaluation(page, classId, LESSON_DOUBLE_CLICK);
  await fillAllQuestions(page, 'Dubbelklik');
  await page.getByRole('button', { name: 'Indienen' }).click();
  await expect(page.getByText('U heeft op Indienen gedrukt.')).toBeVisible();

  const partner = await personPage(browser, demo.careWorkerBaken);
  await openEvaluation(partner.page, classId, LESSON_DOUBLE_CLICK);
  await partner.page.getByRole('button', { name: 'Indienen' }).dblclick();
  await expect(partner.page.getByTestId('evaluation-status')).toContainText('Ingediend');
  await expect(page.getByTestId('evaluation-status')).toContainText('Ingediend');
  // And once more after a reload: nothing to press, nothing stored twice.
  await partner.page.reload();
  await expect(partner.page.getByRole('button', { name: 'Indienen' })).toHaveCount(0);
  expect(await submissionOf(EVALUATION_CLASS, LESSON_DOUBLE_CLICK)).toMatchObject({ answers: 5, submits: 1 });
  await partner.context.close();
});
