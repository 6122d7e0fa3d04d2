import type { Locator, Page } from '@playwright/test';
import { expect, hydrated, test } from './fixtures';
import { hydrateAll, ONE_PAGE_PER_CONTROL_SET } from './site';

// Keyboard-only use of every island on main: no mouse clicks anywhere in this file.

/** Puts the sequential focus starting point just before `el`, so the next Tab lands after it. */
async function startAt(el: Locator): Promise<void> {
  await el.evaluate((node) => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    node.before(start);
    start.focus();
    start.remove();
  });
}

/** The focused element shows a focus indicator (the :focus-visible outline). */
async function expectVisibleFocus(page: Page): Promise<void> {
  const outline = await page.evaluate(() => {
    const cs = getComputedStyle(document.activeElement!);
    return `${cs.outlineStyle} ${parseFloat(cs.outlineWidth)}`;
  });
  expect(outline).toMatch(/^(solid|auto|dotted|dashed|double) ([2-9]|\d{2})/);
}

test('quiz: choose with arrow keys, check with Enter, focus stays put', async ({ page }) => {
  await page.goto('/lessons/mirroring/');
  const question = page.getByRole('group').first();
  await hydrated(question.getByRole('radio').first());
  await startAt(question);

  await page.keyboard.press('Tab');
  const options = question.getByRole('radio');
  await expect(options.first()).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toBeFocused();
  await expect(options.nth(1)).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(2)).toBeChecked();

  await page.keyboard.press('Tab');
  const check = question.getByRole('button', { name: 'Check my answer' });
  await expect(check).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  // The feedback is announced in a live region and names what worked first.
  await expect(question.locator('[aria-live="polite"]')).toContainText('Yes, that fits.');
  // Focus is not dropped to the page when the answer has been checked.
  await expect(check).toBeFocused();
  await expect(check).toHaveAttribute('aria-disabled', 'true');

  // A wrong answer, chosen and checked with the keyboard, gets the kind "not quite" feedback.
  await page.keyboard.press('Shift+Tab');
  await expect(options.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(options.nth(1)).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(question.locator('[aria-live="polite"]')).toContainText('Not quite, and that is how learning goes.');
  await expect(question.locator('[aria-live="polite"]')).toContainText('The answer that fits best');

  // Tab moves on to the next question.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('group').nth(1).getByRole('radio').first()).toBeFocused();
});

test('lesson done: Space and Enter toggle it, the state is announced', async ({ page }) => {
  await page.goto('/lessons/faq/');
  const button = page.getByRole('button', { name: 'Mark this lesson as done' });
  await hydrated(button);
  await startAt(button);
  await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Space');
  const done = page.getByRole('button', { name: '✓ Done' });
  await expect(done).toHaveAttribute('aria-pressed', 'true');
  await expect(done).toBeFocused();
  await expect(page.getByRole('status')).toContainText('Nice work');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Mark this lesson as done' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('status')).toHaveText('');
});

test('theme toggle: reached by Tab from the top, Enter switches and keeps focus', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/about/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  // Through the skip link and the header, in order, until the toggle.
  for (let i = 0; i < 20 && !(await toggle.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !document.activeElement?.closest('main')), 'still in the header').toBe(true);
  }
  await expect(toggle).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('skip link: the first Tab shows it, Enter moves focus to the main content', async ({ page }) => {
  await page.goto('/lessons/mirroring/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  // The next stop is inside the main content, not back in the header.
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

test.describe('quick exit', () => {
  test.beforeEach(async ({ context }) => {
    // The neutral page is another site: served locally so nothing leaves the machine.
    await context.route('https://www.wikipedia.org/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Neutral</title><p>Neutral page</p>' }),
    );
  });

  test('the button is the first thing after the header, and Enter leaves without a way back', async ({ page }) => {
    await page.goto('/lessons/');
    await page.goto('/safety/');
    // Skip link, brand, five navigation links, theme toggle, then the exit. (Not via the skip
    // link: following it adds a #main history entry that the exit cannot remove.)
    for (let i = 0; i < 9; i++) await page.keyboard.press('Tab');
    const exit = page.getByRole('link', { name: 'Leave this site quickly' });
    await expect(exit).toBeFocused();
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('https://www.wikipedia.org/');
    // The safety page was replaced in history: Back goes to the page before it.
    await page.goBack();
    await expect(page).toHaveURL(/\/lessons\/$/);
  });

  test('pressing Escape three times leaves from anywhere on the page', async ({ page }) => {
    await page.goto('/safety/');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/safety\/$/);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL('https://www.wikipedia.org/');
  });
});

// Generic, for islands added by any branch: every disclosure (aria-expanded) and dialog opened
// from the keyboard closes with Escape, and focus goes back to the control that opened it.
for (const url of ONE_PAGE_PER_CONTROL_SET) {
  test(`Escape closes what the keyboard opened: ${url}`, async ({ page, context }) => {
    // Escape pressed three times is the quick exit on the safety page: keep it on this machine.
    await context.route(/^https:/, (route) => route.abort());
    await page.goto(url);
    await hydrateAll(page);
    const openers = await page.locator('[aria-expanded="false"]:visible, [aria-haspopup]:visible').elementHandles();
    for (const opener of openers) {
      if (!(await opener.evaluate((el) => el.isConnected && (el as HTMLElement).checkVisibility()))) continue;
      await opener.focus();
      await page.keyboard.press('Enter');
      const opened =
        (await opener.getAttribute('aria-expanded')) === 'true' || (await page.locator('dialog[open]').count()) > 0;
      if (!opened) continue;
      await page.keyboard.press('Escape');
      await expect(page.locator('dialog[open]')).toHaveCount(0);
      if ((await opener.getAttribute('aria-expanded')) !== null) {
        expect(await opener.getAttribute('aria-expanded'), 'Escape closed it').toBe('false');
      }
      expect(await opener.evaluate((el) => el === document.activeElement), 'focus is back on the opener').toBe(true);
    }
  });
}
