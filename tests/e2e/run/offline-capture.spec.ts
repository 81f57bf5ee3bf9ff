import { expect, test } from '@playwright/test';
import { demo, signIn } from '../support/auth';
import { classIdOf } from '../support/plans';
import { capture, isActionPost, LESSON_DIGIBORD as LESSON, openRun, readyLesson, RUN_CLASS, timelineItems } from '../support/run';

// Klas 2B's lesson 8, shared with the digibord test. Each test marks its notes, so their counts stand alone.
const marker = () => `m${Math.random().toString(36).slice(2, 8)}`;

test('captures made during a Wi-Fi drop survive a reload and are stored exactly once', async ({ page, context }) => {
  await readyLesson(RUN_CLASS, LESSON);
  await signIn(page, demo.careWorkerBaken);
  const classId = await classIdOf(page, RUN_CLASS);
  await openRun(page, classId, LESSON);
  const m = marker();

  await context.setOffline(true);
  await capture(page, 'Jesse', 'Stress', `${m} onrustig bij binnenkomst`);
  await capture(page, 'Roos', 'Observatie', `${m} helpt Evi met uitleggen`);
  await capture(page, 'Evi', 'Wat hielp', `${m} even naar de gang`);
  await expect(page.getByTestId('unsent-count')).toHaveText('3 notities nog niet verstuurd');
  await expect(timelineItems(page, m).and(page.locator('[data-state="queued"]'))).toHaveCount(3);

  // A reload needs the network for the page itself: the connection is back, but the server stays
  // out of reach for the captures until the page has shown what it kept.
  await page.route('**/*', (route) => (isActionPost(route.request()) ? route.abort('internetdisconnected') : route.fallback()));
  await context.setOffline(false);
  await page.reload();
  await expect(page.getByTestId('unsent-count')).toHaveText('3 notities nog niet verstuurd');
  await expect(timelineItems(page, m)).toHaveCount(3);

  // The server is reachable again: the queue empties by itself (retry with backoff).
  await page.unrouteAll();
  await expect(page.getByTestId('unsent-count')).toBeHidden({ timeout: 45_000 });
  await expect(timelineItems(page, m).and(page.locator('[data-state="saved"]'))).toHaveCount(3);

  // Exactly three records, as the server has them.
  await page.reload();
  await expect(timelineItems(page, m)).toHaveCount(3);
  await expect(page.getByTestId('unsent-count')).toBeHidden();
});

test('a capture sent twice after a lost answer is stored once', async ({ page }) => {
  await readyLesson(RUN_CLASS, LESSON);
  await signIn(page, demo.careWorkerBaken);
  const classId = await classIdOf(page, RUN_CLASS);
  await openRun(page, classId, LESSON);
  const m = marker();

  // The first send reaches the server, but its answer is lost on the way back.
  const sent: string[] = [];
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (!isActionPost(request) || !request.postData()?.includes(m)) return route.fallback();
    sent.push(request.postData()!);
    if (sent.length === 1) {
      await route.fetch();
      return route.abort('connectionreset');
    }
    return route.fallback();
  });
  await capture(page, 'Thijs', 'Gesprek nodig', `${m} wil na de les praten`);
  await expect(page.getByTestId('unsent-count')).toBeHidden({ timeout: 30_000 });
  expect(sent).toHaveLength(2);
  expect(sent[0]).toBe(sent[1]);
  await expect(timelineItems(page, m)).toHaveCount(1);
  await page.unrouteAll();
  await page.reload();
  await expect(timelineItems(page, m)).toHaveCount(1);
});
