import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { signIn } from './auth';

/** The id of a demo class, found from the pair's start page. */
export async function classIdOf(page: Page, className: string): Promise<string> {
  await page.goto('/klassen');
  const href = await page.getByRole('link', { name: new RegExp(`^${className} ·`) }).getAttribute('href');
  const id = href?.split('/')[2];
  expect(id, `class ${className}`).toBeTruthy();
  return id!;
}

/** A signed-in page in a context of its own (its own cookies), like a second person's browser. */
export async function personPage(browser: Browser, email: string, baseURL?: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

/** Opens the prepare page and waits until the live connection is up. */
export async function openPlan(page: Page, classId: string, lessonNumber: number): Promise<void> {
  await page.goto(`/klassen/${classId}/les/${lessonNumber}`);
  await expect(page.getByText('Live verbonden')).toBeVisible();
}
