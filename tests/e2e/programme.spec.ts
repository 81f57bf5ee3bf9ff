import { expect, test, type Page } from '@playwright/test';
import { programme } from '../../lib/programme';
import { demo, signIn } from './support/auth';

const leadLabel = { CARE_WORKER: 'Hulpverlener', TEACHER: 'Leerkracht', BOTH: 'Samen' } as const;
// The page shows the source's words; compare with collapsed whitespace as the browser renders it.
const squash = (text: string) => text.replace(/^\s*-\s+/gm, '').replace(/\s+/g, ' ').trim();

function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  return problems;
}

test('a teacher opens the programme and sees the eight lessons', async ({ page }) => {
  await signIn(page, demo.teacherVlinderboom);
  await page.goto('/klassen');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Lessenreeks' }).click();
  await expect(page).toHaveURL(/\/lessenreeks$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lessenreeks');

  const lessons = page.getByRole('main').getByRole('listitem');
  await expect(lessons).toHaveCount(8);
  for (const [i, lesson] of programme.lessons.entries()) {
    const item = lessons.nth(i);
    await expect(item.getByRole('heading', { level: 2 })).toContainText(`Les ${lesson.number}: ${lesson.title}`);
    await expect(item).toContainText(`${lesson.activities.length} onderdelen`);
    await expect(item).toContainText('zelf te plannen, 45 minuten per les');
    await expect(item.getByText('facultatief', { exact: true })).toHaveCount(lesson.optional ? 1 : 0);
  }
});

test('a teacher opens each lesson and sees all its activities in order with their role guidance', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = collectProblems(page);
  await signIn(page, demo.teacherBaken);
  await page.goto('/lessenreeks');

  for (const lesson of programme.lessons) {
    await page.getByRole('link', { name: `Les ${lesson.number}: ${lesson.title}`, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/lessenreeks/${lesson.number}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Les ${lesson.number}: ${lesson.title}`);
    for (const section of ['A. Thema', 'B. Inhoudelijke toelichting', 'C. Voorbereiding', 'D. Uitvoering', 'E. Evaluatie', 'F. Werkmaterialen']) {
      await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
    }

    const execution = page.getByRole('region', { name: 'D. Uitvoering' });
    const activities = execution.getByRole('article');
    await expect(activities.getByRole('heading', { level: 3 })).toHaveText(lesson.activities.map((a) => `${a.number}. ${a.title}`));

    for (const activity of lesson.activities) {
      const article = execution.getByRole('article', { name: `${activity.number}. ${activity.title}`, exact: true });
      await expect(article).toContainText(`Leiding: ${leadLabel[activity.lead]}`);
      for (const [guidance, heading] of [
        [activity.teacherGuidance, 'Wat de leerkracht doet'],
        [activity.careWorkerGuidance, 'Wat de hulpverlener doet'],
      ] as const) {
        const roleHeading = article.getByRole('heading', { level: 4, name: heading });
        if (guidance) {
          await expect(roleHeading).toBeVisible();
          await expect(roleHeading.locator('..')).toContainText(squash(guidance), { useInnerText: true });
        } else {
          await expect(roleHeading).toHaveCount(0);
        }
      }
      for (const option of activity.options) await expect(article).toContainText(option.label);
      if (activity.mentorHomework) await expect(article).toContainText('Huiswerk voor de mentor');
    }

    if (lesson.homework) await expect(execution.getByRole('region', { name: 'Huiswerk voor de mentor' })).toBeVisible();
    const evaluation = page.getByRole('region', { name: 'E. Evaluatie' });
    await expect(evaluation.getByRole('heading', { level: 3, name: /^Vraag \d$/ })).toHaveCount(lesson.number === 8 ? 0 : 5);
    await expect(page.getByRole('region', { name: 'F. Werkmaterialen' }).getByRole('heading', { level: 3 })).toHaveCount(lesson.materials.length);

    await page.getByRole('link', { name: 'Alle lessen' }).click();
    await expect(page).toHaveURL(/\/lessenreeks$/);
  }
  expect(problems).toEqual([]);
});

test('lessons 5, 7 and 8 show the goal criteria, the definition of trust and the celebration', async ({ page }) => {
  await signIn(page, demo.careWorkerLinde);
  await page.goto('/lessenreeks/5');
  const teppc = page.getByRole('region', { name: 'Een goed doel is TEPPC' });
  for (const criterion of programme.goalCriteria) await expect(teppc).toContainText(criterion.label);

  await page.goto('/lessenreeks/7');
  await expect(page.getByRole('region', { name: 'Definitie van vertrouwen' })).toContainText(programme.trustDefinition);

  await page.goto('/lessenreeks/8');
  await expect(page.getByText('Facultatieve les')).toBeVisible();
  const celebration = page.getByRole('region', { name: 'Vieren van succes' });
  for (const item of programme.celebration.items) await expect(celebration).toContainText(item.label);
  await expect(page.getByRole('region', { name: 'E. Evaluatie' })).toContainText('Bij deze les hoort geen evaluatieformulier');
});

test('an unknown lesson number is a 404', async ({ page }) => {
  await signIn(page, demo.coordinator);
  for (const path of ['/lessenreeks/9', '/lessenreeks/0', '/lessenreeks/01', '/lessenreeks/een']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
  }
});

test('the print view of a lesson leaves out the navigation chrome', async ({ page }) => {
  await signIn(page, demo.teacherLinde);
  await page.goto('/lessenreeks/1');
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
  await expect(page.getByRole('banner')).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Op deze pagina' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Andere lessen' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les 1: Wie ben ik');
  await expect(page.getByRole('region', { name: 'D. Uitvoering' }).getByRole('article')).toHaveCount(7);
});
