import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Page } from '@playwright/test';
import { expect, hydrated, test } from './fixtures';
import { serveStatic, waitForServiceWorker } from './sw-helpers';

test.use({ serviceWorkers: 'allow' });

/** Collects CSP violations reported on the page. */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

/** Every file under dist/, relative, with forward slashes. */
function distFiles(): string[] {
  return readdirSync('dist', { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative('dist', path.join(d.parentPath, d.name)).split(path.sep).join('/'));
}

function precacheUrls(): string[] {
  const sw = readFileSync('dist/sw.js', 'utf8');
  return [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]!);
}

test('the service worker precaches every page, asset and the search index the build wrote', () => {
  const files = distFiles();
  const urls = precacheUrls();
  const pages = files.filter((f) => f.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(30);
  for (const f of pages) expect(urls, f).toContain(f);
  for (const f of files.filter((f) => f.startsWith('_astro/') || f.startsWith('icons/'))) expect(urls, f).toContain(f);
  for (const f of files.filter((f) => /^pagefind\/(index|fragment|filter)\//.test(f))) expect(urls, f).toContain(f);
  for (const f of [
    'offline/index.html',
    'manifest.webmanifest',
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
  ]) {
    expect(urls).toContain(f);
  }
  expect(urls).toContain(files.find((f) => /^pagefind\/pagefind\.[^/]+\.pf_meta$/.test(f)));
  // Pagefind's ready-made interfaces are not used by the site, and the worker does not cache itself.
  expect(urls.filter((u) => /pagefind-(component-|modular-)?ui\.js$|^sw\.js$/.test(u))).toEqual([]);
});

test('the manifest and its icons are what an install needs', async ({ request }) => {
  const res = await request.get('/manifest.webmanifest');
  expect(res.ok()).toBe(true);
  const manifest = await res.json();
  expect(manifest).toMatchObject({ name: 'Imago Practice', display: 'standalone', start_url: '/' });
  const icons = [...manifest.icons, { src: '/icons/apple-touch-icon.png', sizes: '180x180', purpose: 'apple' }];
  for (const icon of icons) {
    const png = await request.get(icon.src);
    expect(png.headers()['content-type'], icon.src).toBe('image/png');
    const image = sharp(await png.body());
    const { width, height } = await image.metadata();
    expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    // Masked icons fill their square; the others keep the favicon's transparent rounded corners.
    const { data } = await image.ensureAlpha().extract({ left: 0, top: 0, width: 1, height: 1 }).raw().toBuffer({
      resolveWithObject: true,
    });
    expect(data[3], `corner alpha of ${icon.src}`).toBe(icon.purpose === 'any' ? 0 : 255);
  }
});

test('the first visit loads the page before the service worker starts precaching', async ({ page }) => {
  // Note the page's state at the moment the site registers its service worker.
  await page.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      (window as unknown as { registeredAt: unknown }).registeredAt = {
        readyState: document.readyState,
        loadEnded: (nav?.loadEventEnd ?? 0) > 0,
      };
      return register.apply(this, args);
    };
  });
  const site = await serveStatic('dist');
  try {
    await page.goto(`${site.url}/`);
    await waitForServiceWorker(page);
    // Registered only once the page had finished loading...
    expect(await page.evaluate(() => (window as unknown as { registeredAt: unknown }).registeredAt)).toEqual({
      readyState: 'complete',
      loadEnded: true,
    });
    // ...and only then does the worker fetch the rest of the site.
    const paths = site.requests.map((r) => r.path);
    const sw = paths.indexOf('/sw.js');
    expect(sw).toBeGreaterThan(0);
    expect(paths.slice(0, sw).filter((p) => p.endsWith('/') && p !== '/')).toEqual([]);
    expect(paths.slice(sw)).toEqual(expect.arrayContaining(['/lessons/mirroring/index.html', '/pagefind/pagefind.js']));
  } finally {
    await site.close();
  }
});

test('after one visit the site works offline', async ({ page, context }) => {
  const csp = watchCsp(page);
  const site = await serveStatic('dist');
  await page.goto(`${site.url}/`);
  await expect(page.getByText('You are offline.')).toBeHidden();
  await waitForServiceWorker(page);
  // No connection at all: the browser is offline and the server is gone.
  await context.setOffline(true);
  await site.close();

  // A lesson opens, says it is offline, and its quiz still gives feedback.
  await page.goto(`${site.url}/lessons/mirroring/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Mirroring' })).toBeVisible();
  // Chromium's offline emulation does not carry navigator.onLine over to a new document; a real
  // offline device does. Switching the emulation again tells this document.
  await context.setOffline(false);
  await context.setOffline(true);
  await expect(page.getByText('You are offline.')).toBeVisible();
  await expect(page.getByText('Everything you write is still saved on this device.')).toBeVisible();
  const question = page.getByRole('group').filter({ hasText: 'Which mirror stays closest' });
  await (await hydrated(question.getByRole('radio', { name: /If I got it, you felt embarrassed/ }))).check();
  await question.getByRole('button', { name: 'Check my answer' }).click();
  await expect(question.getByText('Yes, that fits.')).toBeVisible();
  await (await hydrated(page.getByRole('button', { name: 'Mark this lesson as done' }))).click();
  await page.reload();
  // The island renders "Mark this lesson as done" until it hydrates and reads the saved value.
  const done = await hydrated(page.getByRole('button', { name: /Mark this lesson as done|✓ Done/ }));
  await expect(done).toHaveAccessibleName('✓ Done');
  await expect(done).toHaveAttribute('aria-pressed', 'true');

  // Pages reached by links work too, query strings included.
  await page.getByRole('link', { name: 'Practice', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Practice' })).toBeVisible();
  await page.goto(`${site.url}/glossary/?from=offline-test`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // A drill: an answer typed offline gets its feedback, and the attempt is saved.
  const mirroring = JSON.parse(readFileSync('src/content/drills/mirroring.json', 'utf8')) as {
    prompts: { models: string[] }[];
  };
  await page.goto(`${site.url}/practice/mirroring/`);
  const answer = await hydrated(page.getByRole('textbox', { name: /^Your / }));
  await answer.fill("You said you're overwhelmed, but honestly I do the shopping too.");
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  const feedback = page.getByRole('region', { name: 'Feedback' });
  await expect(feedback.getByRole('heading', { name: 'A start. Here is one thing to try.' })).toBeVisible();
  await answer.fill(mirroring.prompts[0]!.models[0]!);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(feedback.getByRole('heading', { name: 'This works well.' })).toBeVisible();
  await expect(page.getByText(/1 of \d+ practised\. Saved on this device\./)).toBeVisible();

  // The guided dialogue starts and moves from step to step.
  await page.goto(`${site.url}/practice/dialogue/`);
  await hydrated(page.getByRole('button', { name: 'Start the dialogue' }));
  await page.getByLabel('First partner’s name').fill('Robin');
  await page.getByLabel('Second partner’s name').fill('Kai');
  await page.getByRole('radio', { name: /^Typed\./ }).check();
  await page.getByRole('button', { name: 'Start the dialogue' }).click();
  await page.getByRole('button', { name: 'Yes, now is good' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Robin shares/ })).toBeVisible();
  await page.getByRole('textbox').fill('I felt rushed this morning.');
  await page.getByRole('button', { name: 'Send to Kai' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Kai mirrors' })).toBeVisible();

  // Search answers offline: the search page (its query in the address) and the header's dialog.
  await page.goto(`${site.url}/search/?q=mirror`);
  const searchResults = page.getByRole('list', { name: 'Search results' });
  await expect(searchResults.getByRole('link', { name: 'Mirroring' }).first()).toHaveAttribute(
    'href',
    '/lessons/mirroring/',
  );
  await page.goto(`${site.url}/about/`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.getByRole('searchbox', { name: 'What are you looking for?' }).fill('validate');
  await expect(dialog.getByRole('status')).toContainText('results for “validate”');
  await expect(
    dialog.getByRole('list', { name: 'Search results' }).getByRole('heading').getByRole('link').first(),
  ).toHaveAttribute('href', '/lessons/validation/');
  await page.keyboard.press('Escape');

  // My practice reads what was saved offline, and exporting it still works.
  await page.goto(`${site.url}/my-practice/`);
  await expect(page.getByRole('heading', { level: 1, name: 'My practice' })).toBeVisible();
  await expect(page.getByText('Next lesson:')).toBeVisible();
  await page.goto(`${site.url}/my-practice/data/`);
  const exportButton = await hydrated(page.getByRole('button', { name: 'Download everything (.json)' }));
  const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
  const exported = readFileSync(await download.path(), 'utf8');
  expect(exported).toContain('mirroring');
  expect(exported).toContain('I felt rushed this morning.');

  // A page the site never had: the offline page, not the browser's error.
  await page.goto(`${site.url}/not-saved-anywhere/`);
  await expect(page.getByRole('heading', { level: 1, name: 'This page needs a connection' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();

  expect(csp).toEqual([]);
});

test.describe('where service workers are blocked', () => {
  test.use({ serviceWorkers: 'block' });

  test('pages run as before, without errors', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/lessons/mirroring/');
    // Registration waits for an idle moment after load: wait past it.
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 500))));
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    expect(errors).toEqual([]);
  });
});

test('the offline note follows the connection', async ({ page, context }) => {
  await page.goto('/about/');
  const note = page.getByText('You are offline.');
  await expect(note).toBeHidden();
  await context.setOffline(true);
  await expect(note).toBeVisible();
  // Announced politely: the note sits in a live region that was there before it appeared.
  await expect(page.locator('[aria-live="polite"]').filter({ has: note })).toHaveCount(1);
  await context.setOffline(false);
  await expect(note).toBeHidden();
});

test('the offline page and the install note have no accessibility violations', async ({ page, axe }) => {
  await page.goto('/offline/');
  await expect(page.getByRole('heading', { level: 1, name: 'This page needs a connection' })).toBeVisible();
  await axe();
  await page.goto('/about/');
  await expect(page.getByRole('heading', { name: 'Use it offline and from your home screen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'export your practice from My practice' })).toHaveAttribute(
    'href',
    '/my-practice/',
  );
  await axe();
});
