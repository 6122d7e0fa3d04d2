import { existsSync, readdirSync } from 'node:fs';
import { expect, hydrated, test } from './fixtures';

test('the starter lesson keeps "done" across a reload', async ({ page }) => {
  await page.goto('/lessons/mirroring/');
  await expect(page.getByRole('heading', { level: 1, name: 'Mirroring' })).toBeVisible();
  await (await hydrated(page.getByRole('button', { name: 'Mark this lesson as done' }))).click();
  await expect(page.getByRole('button', { name: '✓ Done' })).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(await hydrated(page.getByRole('button', { name: '✓ Done' }))).toHaveAttribute('aria-pressed', 'true');
});

test('the starter lesson has no accessibility violations', async ({ page, axe }) => {
  await page.goto('/lessons/mirroring/');
  await axe();
});

test('the theme toggle persists without a flash of the other theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  // Set by the blocking head script, before any module script runs.
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('the build contains the Pagefind index', () => {
  expect(existsSync('dist/pagefind/pagefind.js')).toBe(true);
  expect(readdirSync('dist/pagefind/fragment').length).toBeGreaterThan(5);
});
