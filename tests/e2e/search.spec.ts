import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * What real people type, and the page that must be among the first three results. Misspellings,
 * everyday words and whole phrases on purpose: search has to meet people where they are.
 */
const QUERIES: { q: string; expect: string }[] = [
  { q: 'I statement', expect: '/lessons/i-statements/' },
  { q: 'mirror', expect: '/lessons/mirroring/' },
  { q: 'mirorring', expect: '/lessons/mirroring/' },
  { q: 'triggered', expect: '/lessons/what-is-a-trigger/' },
  { q: 'validate', expect: '/lessons/validation/' },
  { q: 'apology', expect: '/lessons/when-it-feels-stiff/' },
  { q: 'how to say sorry', expect: '/lessons/when-it-feels-stiff/' },
  { q: 'stonewalling', expect: '/lessons/why-fights-repeat/' },
  { q: 'silent treatment', expect: '/lessons/why-fights-repeat/' },
  { q: 'we keep having the same fight', expect: '/lessons/why-fights-repeat/' },
  { q: 'lonely', expect: '/lessons/empathy/' },
  { q: 'emphathy', expect: '/lessons/empathy/' },
  { q: 'empathise', expect: '/lessons/empathy/' },
  { q: 'is now a good time', expect: '/lessons/setting-the-stage/' },
  { q: 'time out', expect: '/lessons/talking-about-triggers/' },
  { q: 'abuse', expect: '/safety/' },
  { q: 'feeling unsafe', expect: '/lessons/when-not-to-use/' },
  { q: 'Harville Hendrix', expect: '/lessons/what-is-imago/' },
  { q: 'how often', expect: '/lessons/scheduled-dialogue/' },
  { q: 'feels awkward', expect: '/lessons/when-it-feels-stiff/' },
  { q: 'thank you', expect: '/lessons/appreciation/' },
  { q: 'you make sense', expect: '/lessons/validation/' },
  { q: 'ask for what I need', expect: '/lessons/clear-requests/' },
  { q: 'couples therapist', expect: '/lessons/imago-therapy/' },
  { q: 'is there more', expect: '/lessons/summary/' },
  { q: 'zero negativity', expect: '/glossary/' },
];

/** The search page's result list, and the addresses of its first `n` results, in order. */
function results(page: Page) {
  return page.getByRole('list', { name: 'Search results' });
}
async function topResults(page: Page, n = 3): Promise<string[]> {
  const links = results(page).getByRole('heading').getByRole('link');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
  return hrefs.slice(0, n);
}

test('the query table: each expected page is in the top 3', async ({ page }) => {
  // One page for the whole table, typing each query as a person would; every query is checked
  // and reported, even after one fails.
  await page.goto('/search/');
  const field = page.getByRole('searchbox', { name: 'What are you looking for?' });
  for (const { q, expect: path } of QUERIES) {
    await test.step(`“${q}” finds ${path}`, async () => {
      await field.fill(q);
      await expect(page.getByRole('status')).toContainText(`for “${q}”`);
      expect.soft(await topResults(page), `top 3 for “${q}”`).toContain(path);
    });
  }
  // The search is in the address, ready to share.
  await expect(page).toHaveURL(`/search/?q=${encodeURIComponent(QUERIES.at(-1)!.q).replace(/%20/g, '+')}`);
});

test('search loads nothing until it is opened, then runs under the CSP', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto('/lessons/mirroring/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox', { name: 'What are you looking for?' }).fill('validate');
  await expect(dialog.getByRole('status')).toContainText('results for “validate”');
  expect(requested).toContain('/pagefind/pagefind.js');
  expect(requested.some((p) => p.endsWith('.pagefind'))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])).toEqual(
    [],
  );
  expect(problems).toEqual([]);
});

test('keyboard only: "/" opens, arrows reach a result, Enter follows it', async ({ page }) => {
  await page.goto('/lessons/mirroring/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  const field = dialog.getByRole('searchbox', { name: 'What are you looking for?' });
  await expect(field).toBeFocused();
  await page.keyboard.type('validate');
  const first = dialog.getByRole('list', { name: 'Search results' }).getByRole('heading').getByRole('link').first();
  await expect(first).toHaveAttribute('href', '/lessons/validation/');
  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(field).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/lessons\/validation\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Validation' })).toBeVisible();
});

test('keyboard only: Tab to Search, Enter opens, Escape closes and gives focus back', async ({ page }) => {
  await page.goto('/glossary/');
  const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' });
  await expect(link).toHaveAttribute('aria-haspopup', 'dialog');
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    if (await link.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await expect(dialog).toBeVisible();
  const field = dialog.getByRole('searchbox');
  await expect(field).toBeFocused();
  await page.keyboard.type('mirror');
  await expect(dialog.getByRole('status')).toContainText('results for “mirror”');
  // Tab moves on through the filters; Shift+Tab comes back.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Search', exact: true })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(field).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(link).toBeFocused();
  // Ctrl+K opens it again, with the last search still there.
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await expect(field).toHaveValue('mirror');
  await expect(field).toBeFocused();
});

test('the dialog links its search to the search page, which reads and keeps ?q=', async ({ page }) => {
  await page.goto('/about/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.getByRole('searchbox').fill('stonewalling');
  await expect(dialog.getByRole('status')).toContainText('1 result for “stonewalling”');
  await dialog.getByRole('link', { name: 'Open this search on its own page' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=stonewalling$/);
  await expect(page.getByRole('searchbox', { name: 'What are you looking for?' })).toHaveValue('stonewalling');
  expect(await topResults(page, 1)).toEqual(['/lessons/why-fights-repeat/']);
  // Found only through its search words: the description shows, and the word it was found by.
  const result = results(page).getByRole('listitem').first();
  await expect(result).toContainText('Related word: stonewalling');
  await expect(result).toContainText('Lesson · Foundations');

  await page.getByRole('searchbox').fill('trigger');
  await expect(page).toHaveURL(/\?q=trigger$/);
});

test('filters narrow by type and module, and show sections of a page', async ({ page }) => {
  await page.goto('/search/?q=mirror&type=Glossary');
  await expect(page.getByRole('radio', { name: 'Glossary' })).toBeChecked();
  await expect(page.getByRole('status')).toContainText('in glossary');
  expect(await topResults(page, 10)).toEqual(['/glossary/']);
  const sections = results(page).getByRole('list', { name: 'Matching sections of Glossary' });
  await expect(sections.getByRole('link', { name: 'Mirroring' })).toHaveAttribute('href', '/glossary/#mirroring');

  await page.getByRole('radio', { name: 'Lessons' }).check();
  await page.getByRole('combobox', { name: 'Module' }).selectOption({ label: '5. Triggers' });
  await expect(page).toHaveURL(/type=Lesson&module=Triggers/);
  await expect(page.getByRole('status')).toContainText('in lessons in “Triggers”');
  const metas = results(page).locator('.search-result-meta');
  await expect(metas.first()).toBeVisible();
  for (const text of await metas.allTextContents()) expect(text).toBe('Lesson · Triggers');
});

test('quiz answers and page chrome are not indexed', async ({ page }) => {
  // "humiliate" appears in the mirroring lesson only inside a quiz option; the lesson must not match.
  await page.goto('/search/?q=humiliate');
  await expect(page.getByRole('status')).toContainText('for “humiliate”');
  expect(await topResults(page, 20)).not.toContain('/lessons/mirroring/');
  // The lesson's "Mark this lesson as done" button is on every lesson, and in no result.
  await page.getByRole('searchbox').fill('Mark this lesson as done');
  await expect(page.getByRole('status')).toContainText('for “Mark this lesson as done”');
  expect((await topResults(page, 30)).length).toBeLessThan(5);
});

test('a section link lands on that section', async ({ page }) => {
  await page.goto('/search/?q=zero%20negativity');
  const link = results(page).getByRole('link', { name: 'Zero negativity' });
  await expect(link).toHaveAttribute('href', '/glossary/#zero-negativity');
  await link.click();
  await expect(page).toHaveURL(/\/glossary\/#zero-negativity$/);
  await expect(page.locator('#zero-negativity')).toBeInViewport();
});

test('no results: a kind message with a way on', async ({ page }) => {
  await page.goto('/search/?q=xylophone');
  await expect(page.getByRole('status')).toHaveText('Nothing found for “xylophone”.');
  await expect(page.getByRole('link', { name: 'The course overview' })).toHaveAttribute('href', '/lessons/');
  await expect(page.getByRole('link', { name: 'The glossary' })).toHaveAttribute('href', '/glossary/');
  await expect(page.getByRole('button', { name: 'Search everything instead' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();

  // Where only the filters hid the results, one click widens the search.
  await page.goto('/search/?q=stonewalling&type=Safety');
  await expect(page.getByRole('status')).toHaveText('Nothing found for “stonewalling” in safety.');
  await page.getByRole('button', { name: 'Search everything instead' }).click();
  await expect(page.getByRole('status')).toHaveText('1 result for “stonewalling”.');
  await expect(page.getByRole('radio', { name: 'Everything' })).toBeChecked();
});

test('many results come in pages', async ({ page }) => {
  await page.goto('/search/?q=partner');
  await expect(page.getByRole('status')).toContainText('results for “partner”');
  const titles = results(page).getByRole('heading');
  await expect(titles).toHaveCount(10);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(titles).toHaveCount(20);
  await expect(titles.nth(10).getByRole('link')).toBeFocused();
});

test('without JavaScript the search page says what to do instead', async ({ browser, request }) => {
  // Chromium with scripts switched off by Playwright still parses <noscript> as text, so its
  // content is checked in the page as served; what scripts would show is checked in the browser.
  const html = await (await request.get('/search/?q=mirror')).text();
  const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
  expect(noscript).toContain('Search runs inside your browser, so it needs JavaScript');
  expect(noscript).toContain('<a href="/lessons/">The course overview</a>');
  expect(noscript).toContain('<a href="/glossary/">The glossary</a>');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=mirror');
  await expect(page.getByRole('heading', { level: 1, name: 'Search the course' })).toBeVisible();
  await expect(page.getByRole('searchbox')).toBeHidden();
  // The header's Search link is a plain link to this page.
  await page.goto('/lessons/mirroring/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' })).toHaveAttribute(
    'href',
    '/search/',
  );
  await context.close();
});

test('the search page with results has no accessibility violations', async ({ page, axe }) => {
  await page.goto('/search/?q=mirror');
  await expect(page.getByRole('status')).toContainText('results for “mirror”');
  await axe();
});

test('the open search dialog has no accessibility violations, in dark theme too', async ({ page, axe }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/lessons/empathy/');
  await page.keyboard.press('/');
  await page.keyboard.type('apology');
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('result');
  await axe();
});
