/**
 * Signing in for end-to-end tests: through next-auth's credentials endpoint with the page's own
 * request context, so the browser gets a real session cookie without clicking through the form.
 * Only the login tests use the form itself.
 */
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'vertrouwen-demo';

export const demo = {
  admin: 'beheer@example.org',
  coordinator: 'coordinator@example.org',
  teacherVlinderboom: 'leerkracht.vlinderboom@example.org',
  careWorkerVlinderboom: 'hulpverlener.vlinderboom@example.org',
  teacherBaken: 'leerkracht.baken@example.org',
  careWorkerBaken: 'hulpverlener.baken@example.org',
  teacherLinde: 'leerkracht.linde@example.org',
  careWorkerLinde: 'hulpverlener.linde@example.org',
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  const csrf = await page.request.get('/api/auth/csrf');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email, password, json: 'true' },
    maxRedirects: 0,
  });
  expect(response.status(), `sign-in of ${email}`).toBeLessThan(400);
  const session = await page.request.get('/api/auth/session');
  expect(((await session.json()) as { uid?: string }).uid, `session of ${email}`).toBeTruthy();
}
