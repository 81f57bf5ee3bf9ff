import { expect, test } from '@playwright/test';
import { demo, signIn } from './support/auth';
import { openClassTab } from './support/pupils';

test('a learning goal goes from mind map to a plan that fails Positief with a clear hint, and passes once rephrased', async ({ page }) => {
  await signIn(page, demo.teacherVlinderboom);
  await openClassTab(page, 'Groep Zon', 'Leerdoelen');
  await page.getByRole('link', { name: 'Leerdoel van Milan openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Leerdoel van Milan' })).toBeVisible();

  // Lesson 3: the mind map.
  const mindMap = page.getByRole('region', { name: 'Les 3 · Mind map' });
  await mindMap.getByLabel('Wat wil Milan leren?').fill('Niet meer alleen aan de kant staan in de pauze');
  await expect(mindMap.getByText(/Tip voor les 5: „niet meer” zegt wat de leerling niet \(meer\) wil/)).toBeVisible();
  await mindMap.getByRole('button', { name: 'Mind map opslaan' }).click();
  await expect(mindMap.getByText('Opgeslagen.')).toBeVisible();

  // Lesson 5: the plan, first phrased as what Milan will stop doing.
  const plan = page.getByRole('region', { name: 'Les 5 · Het plan' });
  await expect(plan.getByText('Niet meer alleen aan de kant staan in de pauze')).toBeVisible();
  await plan.getByLabel('Wat ga ik doen?').fill('Ik ga niet meer alleen aan de kant staan');
  await plan.getByLabel('Wanneer?').fill('Elke ochtendpauze');
  await plan.getByLabel('Wie kan mij helpen?').fill('Mijn maatje Sem loopt de eerste keer mee.');
  for (const label of ['Toetsbaar', 'Ecologisch', 'Positief', 'Persoonlijk', 'Context']) {
    await plan.getByLabel(`${label}: samen nagekeken, dit klopt`).check();
  }
  await expect(plan.getByText(/„niet meer” zegt wat de leerling niet \(meer\) wil\. Schrijf op wat de leerling wél gaat doen/)).toBeVisible();
  await plan.getByRole('button', { name: 'Plan klaar' }).click();
  await expect(plan.getByText('Schrijf op wat de leerling wél gaat doen (zie Positief hieronder).')).toBeVisible();
  await expect(plan.getByLabel('Wat ga ik doen?')).toBeFocused();
  await expect(page.getByText('Nog geen plan')).toBeVisible();

  // Saved as a draft, nothing typed is lost.
  await plan.getByRole('button', { name: 'Opslaan als concept' }).click();
  await expect(plan.getByText('Opgeslagen als concept.')).toBeVisible();
  await expect(page.getByText('Plan: concept')).toBeVisible();

  // Rephrased as what Milan will do, it passes.
  await plan.getByLabel('Wat ga ik doen?').fill('Ik vraag in de ochtendpauze aan twee kinderen of ik mee mag doen');
  await expect(plan.getByText('Alle vijf de punten kloppen: het plan kan klaar.')).toBeVisible();
  await plan.getByRole('button', { name: 'Plan klaar' }).click();
  await expect(plan.getByText('Opgeslagen: plan klaar.')).toBeVisible();
  await expect(page.getByText('Plan klaar', { exact: true }).first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Les 5 · Het plan' }).getByLabel('Wat ga ik doen?')).toHaveValue('Ik vraag in de ochtendpauze aan twee kinderen of ik mee mag doen');
});
