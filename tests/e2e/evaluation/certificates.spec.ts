import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { demo, signIn } from '../support/auth';
import { query } from '../support/database';
import { EVALUATION_CLASS } from '../support/evaluation';
import { classIdOf } from '../support/plans';

/** Talents as lesson 2 would have collected them, for pupils of the class that have none yet. */
const talents: Record<string, string[]> = {
  Jesse: ['Kan goed vertellen', 'Sterk in techniek', 'Helpt jongere kinderen'],
  Isa: ['Luistert goed', 'Creatief met tekenen', 'Houdt vol'],
};

/** The text of a downloaded PDF, as Debian's poppler-utils extracts it, whitespace folded. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

test('lesson 8: the class certificates download as a PDF with every pupil’s alias and talents, and a friendly default', async ({ page }) => {
  for (const [alias, list] of Object.entries(talents)) {
    await query(
      `INSERT INTO "PupilTalents" ("pupilId", talents, "updatedAt")
       SELECT p.id, $2, now() FROM "Pupil" p JOIN "Class" c ON c.id = p."classId" WHERE c.name = $1 AND p.alias = $3
       ON CONFLICT ("pupilId") DO NOTHING`,
      [EVALUATION_CLASS, list, alias],
    );
  }
  const pupils = await query<{ id: string; alias: string; talents: string[] | null; collected: boolean }>(
    `SELECT p.id, p.alias, t.talents,
       (t."pupilId" IS NOT NULL OR g."pupilId" IS NOT NULL OR ce."pupilId" IS NOT NULL) AS collected
     FROM "Pupil" p JOIN "Class" c ON c.id = p."classId"
     LEFT JOIN "PupilTalents" t ON t."pupilId" = p.id LEFT JOIN "LearningGoal" g ON g."pupilId" = p.id LEFT JOIN "Celebration" ce ON ce."pupilId" = p.id
     WHERE c.name = $1 AND p.active ORDER BY p.alias`,
    [EVALUATION_CLASS],
  );
  const withoutData = pupils.find((p) => !p.collected);
  expect(withoutData, 'a pupil of Klas 2B without any collected data').toBeTruthy();

  await signIn(page, demo.teacherBaken);
  const classId = await classIdOf(page, EVALUATION_CLASS);
  await page.goto(`/klassen/${classId}`);
  await page.getByRole('link', { name: 'Vieren van succes' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vieren van succes' })).toBeVisible();

  // What the pupil says in lesson 8 goes on the certificate too.
  const jesse = page.getByRole('article', { name: 'Jesse' });
  await jesse.getByLabel('Schaalvraag bij de start').selectOption('3');
  await jesse.getByLabel('Schaalvraag nu').selectOption('7');
  await jesse.getByLabel('Waar is de leerling het meest trots op?').fill('Dat ik mijn verhaal durfde te vertellen.');
  await jesse.getByRole('button', { name: 'Opslaan Jesse' }).click();
  await expect(jesse.getByText('Opgeslagen.')).toBeVisible();

  const [classPdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Alle certificaten (PDF)' }).click()]);
  expect(classPdf.suggestedFilename()).toBe('certificaten-klas-2b.pdf');
  const text = pdfText(await classPdf.path());
  expect(text).toContain('Het Baken');
  for (const pupil of pupils) {
    expect(text).toContain(pupil.alias);
    for (const talent of pupil.talents ?? []) expect(text).toContain(talent);
  }
  expect(text).toContain('Dat ik mijn verhaal durfde te vertellen.');
  expect(text).toContain('Bij de start gaf je jezelf een 3. Nu geef je jezelf een 7.');

  // A pupil of whom nothing was collected still gets a warm certificate.
  const [onePdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('article', { name: withoutData!.alias }).getByRole('link', { name: `Certificaat (PDF) ${withoutData!.alias}` }).click(),
  ]);
  const single = pdfText(await onePdf.path());
  expect(single).toContain(withoutData!.alias);
  expect(single).toContain('Je talenten ontdekken we samen nog verder.');
  expect(single).toContain('Je hebt meegedaan aan Bouwen aan vertrouwen.');
});
