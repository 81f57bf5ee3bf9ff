import { expect, test } from '@playwright/test';
import { demo, signIn } from '../support/auth';
import { classIdOf, openPlan, personPage } from '../support/plans';

test.describe('co-preparing a lesson live', () => {
  test("a change in one browser appears in the other's without reload", async ({ browser, page }) => {
    await signIn(page, demo.teacherLinde);
    const classId = await classIdOf(page, 'Groep Maan');
    const partner = await personPage(browser, demo.careWorkerLinde);
    await openPlan(page, classId, 1);
    await openPlan(partner.page, classId, 1);
    await expect(partner.page.getByText(/heeft dit plan ook open|is bezig in/)).toBeVisible();

    const notes = page.getByRole('article', { name: /^3\./ }).getByLabel('Aantekeningen bij deze activiteit');
    await notes.fill('Sta op als: eerst zelf voordoen met de hulpverlener.');
    await expect(page.getByText('Opgeslagen', { exact: true })).toBeVisible();
    await expect(partner.page.getByRole('article', { name: /^3\./ }).getByLabel('Aantekeningen bij deze activiteit')).toHaveValue(
      'Sta op als: eerst zelf voordoen met de hulpverlener.',
    );

    await partner.page.getByRole('article', { name: /^4\./ }).getByLabel('Wie heeft de leiding?').selectOption('CARE_WORKER');
    await expect(page.getByRole('article', { name: /^4\./ }).getByLabel('Wie heeft de leiding?')).toHaveValue('CARE_WORKER');
    await partner.context.close();
  });

  test('when both type in the same field, neither text is lost', async ({ browser, page }) => {
    await signIn(page, demo.teacherLinde);
    const classId = await classIdOf(page, 'Groep Maan');
    const partner = await personPage(browser, demo.careWorkerLinde);
    await openPlan(page, classId, 1);
    await openPlan(partner.page, classId, 1);

    const mine = page.getByLabel('Onderliggende problematiek');
    const theirs = partner.page.getByLabel('Onderliggende problematiek');
    // Both type before either save lands (saves go out after a short pause).
    await Promise.all([mine.fill('Leerkracht: let op Finn bij drukte.'), theirs.fill('Hulpverlener: Yara heeft een rustige plek nodig.')]);

    // One of the two saves first; the other sees the partner's text beside their own.
    const conflictIn = async () => {
      const a = page.getByTestId('partner-value');
      const b = partner.page.getByTestId('partner-value');
      await expect.poll(async () => (await a.isVisible()) || (await b.isVisible())).toBe(true);
      return (await a.isVisible()) ? { loser: page, field: mine, partnerText: 'Hulpverlener: Yara heeft een rustige plek nodig.' } : { loser: partner.page, field: theirs, partnerText: 'Leerkracht: let op Finn bij drukte.' };
    };
    const { loser, field, partnerText } = await conflictIn();
    await expect(loser.getByTestId('partner-value')).toHaveText(partnerText);
    const own = await field.inputValue();
    expect(own).not.toBe(partnerText);

    // Merge by hand and keep the merged text.
    await field.fill(`${partnerText}\n${own}`);
    await loser.getByRole('button', { name: 'Mijn tekst (zoals nu in het veld) opslaan' }).click();
    await expect(loser.getByText('Opgeslagen', { exact: true })).toBeVisible();
    for (const p of [mine, theirs]) {
      await expect(p).toHaveValue(/Leerkracht: let op Finn bij drukte\./);
      await expect(p).toHaveValue(/Hulpverlener: Yara heeft een rustige plek nodig\./);
    }
    await partner.context.close();
  });

  test('planning more than 45 minutes shows a clear warning', async ({ page }) => {
    await signIn(page, demo.teacherLinde);
    const classId = await classIdOf(page, 'Groep Maan');
    await openPlan(page, classId, 1);
    for (const [number, minutes] of [[1, 10], [2, 5], [3, 15], [4, 15], [5, 10]] as const) {
      await page.getByRole('article', { name: new RegExp(`^${number}\\.`) }).getByLabel('Minuten').fill(String(minutes));
    }
    await expect(page.getByText(/Let op: u heeft 55 minuten gepland, 10 minuten meer dan de 45 minuten/)).toBeVisible();
    await page.getByRole('article', { name: /^5\./ }).getByLabel('Minuten').fill('0');
    await expect(page.getByText(/Let op: u heeft/)).toBeHidden();
    await expect(page.getByTestId('budget-total')).toHaveText('Gepland: 45 van 45 minuten');
  });

  test('when both sign off, the plan is ready', async ({ browser, page }) => {
    await signIn(page, demo.teacherLinde);
    const classId = await classIdOf(page, 'Groep Maan');
    await page.goto(`/klassen/${classId}`);
    await page.getByRole('button', { name: 'Voorbereiding starten Les 2' }).click();
    await expect(page).toHaveURL(new RegExp(`/klassen/${classId}/les/2$`));
    await expect(page.getByText('Live verbonden')).toBeVisible();
    const partner = await personPage(browser, demo.careWorkerLinde);
    await openPlan(partner.page, classId, 2);

    await page.getByRole('button', { name: 'Klaar voor de les' }).click();
    await expect(partner.page.getByTestId('sign-offs')).toContainText('Afgetekend door');
    await expect(partner.page.getByTestId('plan-status')).toHaveText('In voorbereiding');
    await partner.page.getByRole('button', { name: 'Klaar voor de les' }).click();
    await expect(page.getByTestId('plan-status')).toHaveText('Klaar voor de les');
    await expect(partner.page.getByTestId('plan-status')).toHaveText('Klaar voor de les');

    // A change by one withdraws the other's sign-off, with a notice.
    await partner.page.getByRole('article', { name: /^1\./ }).getByLabel('Aantekeningen bij deze activiteit').fill('Nog één wijziging');
    await expect(page.getByText(/heeft het plan gewijzigd nadat u had afgetekend/)).toBeVisible();
    await expect(page.getByTestId('plan-status')).toHaveText('In voorbereiding');
    await partner.context.close();
  });
});
