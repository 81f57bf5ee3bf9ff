import { expect, test } from '@playwright/test';
import { inviteThroughForm, uniqueSuffix } from './support/admin';
import { demo, signIn } from './support/auth';

test('the admin sets up a school, a class and a teacher, who sets a password and lands on their classes', async ({ page, browser }) => {
  // A whole journey through five screens and two browsers: more than the default minute on a busy machine.
  test.slow();
  const suffix = uniqueSuffix();
  const schoolName = `De Regenboog ${suffix}`;
  const className = `Groep Ster ${suffix}`;
  const email = `nieuwe.leerkracht.${suffix}@example.org`;
  await signIn(page, demo.admin);

  await page.goto('/beheer');
  await page.getByRole('link', { name: 'Scholen' }).click();
  await page.getByRole('link', { name: 'Nieuwe school' }).click();
  await page.getByLabel('Naam van de school').fill(schoolName);
  await page.getByLabel('Soort school').selectOption('SO');
  await page.getByLabel('Plaats').fill('Venlo');
  await page.getByRole('button', { name: 'School toevoegen' }).click();
  await expect(page.getByText(`School ${schoolName} is toegevoegd.`)).toBeVisible();

  await page.goto('/beheer/klassen/nieuw');
  await page.getByLabel('School', { exact: true }).selectOption({ label: schoolName });
  await page.getByLabel('Naam van de klas').fill(className);
  await page.getByLabel('Schooljaar').fill('2026-2027');
  await page.getByLabel('Leeftijd (niet verplicht)').fill('8–10 jaar');
  await page.getByRole('button', { name: 'Klas toevoegen' }).click();
  await expect(page.getByText(`Klas ${className} is toegevoegd.`)).toBeVisible();
  // The same name again in that school and year: a Dutch message on the field, nothing lost.
  await page.getByLabel('Naam van de klas').fill(className);
  await page.getByRole('button', { name: 'Klas toevoegen' }).click();
  await expect(page.getByText('Deze school heeft in dat schooljaar al een klas met deze naam.')).toBeVisible();
  await expect(page.getByLabel('Naam van de klas')).toHaveValue(className);

  const link = await inviteThroughForm(page, { email, name: 'Noor Nieuw', role: 'Leerkracht' });

  await page.goto('/beheer/lidmaatschappen');
  await page.getByLabel(`Iemand toevoegen aan ${className} (2026-2027)`).selectOption({ label: `Noor Nieuw · Leerkracht · ${email}` });
  await page.getByRole('region', { name: `${className} (2026-2027)` }).getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByText(`Noor Nieuw is toegevoegd aan ${className} (2026-2027).`)).toBeVisible();

  // The teacher, in a browser of their own.
  const teacher = await (await browser.newContext()).newPage();
  await teacher.goto(link);
  await expect(teacher.getByRole('heading', { level: 1 })).toHaveText('Wachtwoord instellen');
  await expect(teacher.getByText(email)).toBeVisible();

  await teacher.getByLabel('Nieuw wachtwoord').fill('kort');
  await teacher.getByLabel('Herhaal het wachtwoord').fill('kort');
  await teacher.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
  await expect(teacher.getByText('Het wachtwoord moet minstens 12 tekens lang zijn.')).toBeVisible();

  await teacher.getByLabel('Nieuw wachtwoord').fill('Welkom123456');
  await teacher.getByLabel('Herhaal het wachtwoord').fill('Welkom123456');
  await teacher.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
  await expect(teacher.getByText('Dit wachtwoord wordt veel gebruikt en is makkelijk te raden. Kies een ander.')).toBeVisible();

  await teacher.getByLabel('Nieuw wachtwoord').fill('een boom vol vlinders');
  await teacher.getByLabel('Herhaal het wachtwoord').fill('een boom vol vlinders');
  await teacher.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
  await expect(teacher).toHaveURL(/\/klassen$/);
  await expect(teacher.getByRole('heading', { level: 1 })).toHaveText('Mijn klassen');
  await expect(teacher.getByRole('heading', { name: `${className} · ${schoolName}` })).toBeVisible();

  // The link worked once; now it is spent.
  const again = await (await browser.newContext()).newPage();
  await again.goto(link);
  await expect(again.getByText('Deze link is niet (meer) geldig.')).toBeVisible();
  await expect(again.getByLabel('Nieuw wachtwoord')).toHaveCount(0);
});

test('an e-mail address that already has an account is refused on the field', async ({ page }) => {
  await signIn(page, demo.admin);
  await page.goto('/beheer/accounts/nieuw');
  await page.getByLabel('E-mailadres').fill(demo.teacherLinde);
  await page.getByLabel('Naam').fill('Dubbel');
  await page.getByRole('button', { name: 'Account aanmaken en link maken' }).click();
  await expect(page.getByText('Er is al een account met dit e-mailadres.')).toBeVisible();
  await expect(page.getByLabel('E-mailadres')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Naam')).toHaveValue('Dubbel');
});

test('a teacher cannot open the admin screens', async ({ page }) => {
  await signIn(page, demo.teacherVlinderboom);
  for (const path of ['/beheer', '/beheer/accounts', '/beheer/auditlog']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  // An unknown link reads exactly like a used or expired one.
  await page.goto(`/uitnodiging/${'A'.repeat(43)}`);
  await expect(page.getByText('Deze link is niet (meer) geldig.')).toBeVisible();
});
