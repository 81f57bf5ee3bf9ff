/**
 * Two app instances on one database, as behind a load balancer: a change made through one
 * reaches a browser connected to the other (PostgreSQL LISTEN/NOTIFY, no shared memory).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { demo, signIn } from '../support/auth';
import { classIdOf, openPlan, personPage } from '../support/plans';

const dataDir = path.resolve(process.env.DATA_DIR ?? '.data/e2e');
const secondPort = Number(process.env.E2E_PORT ?? 3100) + 1;
let second: ChildProcess;

test.beforeAll(async () => {
  second = spawn(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'start', '-p', String(secondPort), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: readFileSync(path.join(dataDir, 'database-url'), 'utf8').trim(),
      NEXTAUTH_SECRET: readFileSync(path.join(dataDir, 'auth-secret'), 'utf8').trim(),
      NEXTAUTH_URL: `http://localhost:${secondPort}`,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: 'ignore',
  });
  for (let i = 0; i < 120; i++) {
    const up = await fetch(`http://127.0.0.1:${secondPort}/api/health`).then((r) => r.ok, () => false);
    if (up) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('second instance did not start');
});

test.afterAll(() => {
  second?.kill('SIGTERM');
});

test('a change through one instance appears in a browser on the other', async ({ browser, page }) => {
  await signIn(page, demo.teacherBaken);
  const classId = await classIdOf(page, 'Klas 2B');
  const other = await personPage(browser, demo.careWorkerBaken, `http://localhost:${secondPort}`);
  await page.goto(`/klassen/${classId}`);
  await page.getByRole('button', { name: 'Voorbereiding starten Les 3' }).click();
  await expect(page.getByText('Live verbonden')).toBeVisible();
  await openPlan(other.page, classId, 3);

  await page.getByLabel('Groepsdynamiek').fill('Via instantie 1: tweetallen mengen.');
  await expect(other.page.getByLabel('Groepsdynamiek')).toHaveValue('Via instantie 1: tweetallen mengen.');
  await other.page.getByLabel('Leeftijd').fill('Via instantie 2: serieus aanspreken.');
  await expect(page.getByLabel('Leeftijd')).toHaveValue('Via instantie 2: serieus aanspreken.');
  await other.context.close();
});
