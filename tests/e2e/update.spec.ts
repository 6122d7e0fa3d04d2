import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, hydrated, test } from './fixtures';
import { serveStatic, storageSnapshot, waitForServiceWorker, type StaticSite } from './sw-helpers';

test.use({ serviceWorkers: 'allow' });
// Both tests deploy a second version over the first: each runs on its own server and origin.
test.describe.configure({ mode: 'default' });

const NEW_TEXT = 'This sentence is new in the second version.';
let work: string;
let v1: string;
let v2: string;

// Two deploys of the site: dist/ as built, and a second build with one page changed. The second
// runs the steps `npm run build` runs after Astro (Pagefind, then the service worker) on its own
// copy, so it differs from the first exactly as a redeploy with one edited page would.
test.beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'imago-update-'));
  v1 = path.join(work, 'v1');
  v2 = path.join(work, 'v2');
  cpSync('dist', v1, { recursive: true });
  cpSync('dist', v2, { recursive: true });
  const about = path.join(v2, 'about/index.html');
  const html = readFileSync(about, 'utf8');
  const changed = html.replace('</h1>', `</h1><p>${NEW_TEXT}</p>`);
  expect(changed).not.toBe(html);
  writeFileSync(about, changed);
  execFileSync('node_modules/.bin/pagefind', ['--site', v2, '--silent']);
  execFileSync('node_modules/.bin/node', ['scripts/build-sw.mjs', v2]);
  expect(readFileSync(path.join(v2, 'sw.js'), 'utf8')).not.toBe(readFileSync(path.join(v1, 'sw.js'), 'utf8'));
});

test.afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

let site: StaticSite | undefined;
test.afterEach(async () => {
  await site?.close();
  site = undefined;
});

test('a new version waits, is offered, and applies on request without touching saved data', async ({
  page,
  context,
}) => {
  site = await serveStatic(v1);
  const url = site.url;
  await page.goto(`${url}/lessons/mirroring/`);
  await waitForServiceWorker(page);
  await (await hydrated(page.getByRole('button', { name: 'Mark this lesson as done' }))).click();
  const question = page.getByRole('group').filter({ hasText: 'Which mirror stays closest' });
  await (await hydrated(question.getByRole('radio').first())).check();
  await question.getByRole('button', { name: 'Check my answer' }).click();
  await expect(question.getByText('Not quite')).toBeVisible();
  // Stores write after a short pause (src/stores/persist.ts): wait until both changes are saved.
  await expect.poll(async () => (await storageSnapshot(page))['imago:progress']).toContain('what-to-leave-out');
  const saved = await storageSnapshot(page);
  expect(Object.keys(saved)).toContain('imago:progress');

  // Deploy the second version at the same address.
  site.setRoot(v2);
  await page.goto(`${url}/about/`);
  await expect(page.getByText('An update is ready.')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Update now' })).toBeVisible();
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'An update is ready.' })).toHaveCount(1);
  // Polite: the notice never takes focus from what the person is doing.
  await expect(page.getByRole('button', { name: 'Update now' })).not.toBeFocused();
  // Until the person says so, every page still comes from the first version.
  await expect(page.getByRole('heading', { level: 1, name: 'About this course' })).toBeVisible();
  await expect(page.getByText(NEW_TEXT)).toHaveCount(0);

  // Two more tabs of the site: one only reading, one with half a sentence typed.
  const reading = await context.newPage();
  await reading.goto(`${url}/about/`);
  const typing = await context.newPage();
  await typing.goto(`${url}/about/`);
  await typing.evaluate(() => {
    const field = document.createElement('textarea');
    field.setAttribute('aria-label', 'Draft');
    document.querySelector('main')!.append(field);
  });
  await typing.getByRole('textbox', { name: 'Draft' }).fill('I felt left out when');
  await expect(reading.getByText(NEW_TEXT)).toHaveCount(0);

  await page.bringToFront();
  await page.getByRole('button', { name: 'Update now' }).click();
  await expect(page.getByText(NEW_TEXT)).toBeVisible();
  await expect(page.getByText('An update is ready.')).toBeHidden();

  // The reading tab follows by itself; the typing tab keeps its words and asks first.
  await expect(reading.getByText(NEW_TEXT)).toBeVisible();
  await expect(typing.getByText('A newer version is running in another tab.')).toBeVisible();
  await expect(typing.getByRole('textbox', { name: 'Draft' })).toHaveValue('I felt left out when');
  await expect(typing.getByText(NEW_TEXT)).toHaveCount(0);
  await typing.getByRole('button', { name: 'Reload page' }).click();
  await expect(typing.getByText(NEW_TEXT)).toBeVisible();

  // Stored practice data is exactly as it was, and the lesson still shows it.
  expect(await storageSnapshot(page)).toEqual(saved);
  await page.goto(`${url}/lessons/mirroring/`);
  // The island renders "Mark this lesson as done" until it hydrates and reads the saved value.
  const done = await hydrated(page.getByRole('button', { name: /Mark this lesson as done|✓ Done/ }));
  await expect(done).toHaveAccessibleName('✓ Done');
  await expect(done).toHaveAttribute('aria-pressed', 'true');
  // The old version's copy of the changed page is gone from the cache: nothing can mix them.
  const cachedAbout = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys()) urls.push(req.url);
    }
    return urls.filter((u) => u.includes('/about/index.html'));
  });
  expect(cachedAbout).toHaveLength(1);
});

test('a waiting version applies by itself on the next visit', async ({ context }) => {
  site = await serveStatic(v1);
  const url = site.url;
  let page = await context.newPage();
  await page.goto(`${url}/lessons/mirroring/`);
  await waitForServiceWorker(page);
  await (await hydrated(page.getByRole('button', { name: 'Mark this lesson as done' }))).click();
  // Stores write after a short pause (src/stores/persist.ts): wait until the change is saved.
  await expect.poll(async () => (await storageSnapshot(page))['imago:progress']).toContain('"done"');
  const saved = await storageSnapshot(page);

  site.setRoot(v2);
  await page.goto(`${url}/about/`);
  await expect(page.getByText('An update is ready.')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Later' }).click();
  await expect(page.getByText('An update is ready.')).toBeHidden();
  await expect(page.getByText(NEW_TEXT)).toHaveCount(0);

  // The person closes the site and comes back later.
  await page.close();
  page = await context.newPage();
  await expect(async () => {
    await page.goto(`${url}/about/`);
    await expect(page.getByText(NEW_TEXT)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByText('An update is ready.')).toBeHidden();
  expect(await storageSnapshot(page)).toEqual(saved);
});
