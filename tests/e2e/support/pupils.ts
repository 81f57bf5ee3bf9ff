import { expect, type Page } from '@playwright/test';

/** Opens a tab of a class (e.g. "Vandaag") the way a user does: from "Mijn klassen". */
export async function openClassTab(page: Page, className: string, tab: string): Promise<void> {
  await page.goto('/klassen');
  await page.getByRole('link', { name: new RegExp(`^${className} · `) }).click();
  await page.getByRole('navigation', { name: `Onderdelen van ${className}` }).getByRole('link', { name: tab, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}
