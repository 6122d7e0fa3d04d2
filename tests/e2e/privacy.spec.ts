import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS, expect, test } from './fixtures';
import {
  hydrateAll,
  ONE_PAGE_PER_CONTROL_SET,
  PAGES,
  reportedViolations,
  useEverything,
  watch,
  type UseReport,
} from './site';

let keysOnPrivacyPage: Promise<string[]> | undefined;
/** The storage keys the privacy page lists (rendered from the practice-data registry). */
function listedKeys(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
  keysOnPrivacyPage ??= request
    .get('/privacy/')
    .then((r) => r.text())
    .then((html) => {
      const list = html.slice(html.indexOf('class="stored'));
      return [...list.matchAll(/<dt[^>]*>\s*<code[^>]*>([^<]+)<\/code>/g)].map((m) =>
        m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
      );
    });
  return keysOnPrivacyPage;
}

const covered = (key: string, listed: string[]) =>
  listed.includes(key) || (key.endsWith(':backup') && listed.includes(key.slice(0, -':backup'.length)));

// Each page on its own: load, use every island (once per kind of island), and check that nothing
// left the site, no CSP violation happened and the console stayed clean. Storage written must be
// named on /privacy/.
for (const url of PAGES) {
  test(`privacy and security: ${url}`, async ({ page, context, baseURL, request }) => {
    const origin = new URL(baseURL!).origin;
    const listed = await listedKeys(request);
    expect(listed.length).toBeGreaterThan(3);

    const seen = await watch(context, page, origin);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(url);
    if (!url.startsWith('/search/')) {
      // Pagefind loads only once search is used (a service worker may cache it in the background).
      expect(seen.pageRequests.filter((r) => r.includes('/pagefind/'))).toEqual([]);
    }

    await hydrateAll(page);
    // Every kind of island is used on the first page that has it (26 lessons share one quiz);
    // every other page is loaded, hydrated and checked the same way.
    const full = ONE_PAGE_PER_CONTROL_SET.includes(url);
    // Pressing every button of a drill or My practice page takes ~25 s on a busy two-core machine.
    if (full) test.setTimeout(120_000);
    const used: UseReport = full ? await useEverything(page) : { perIsland: {}, islandsWithControls: [], clicks: 0 };
    for (const uid of used.islandsWithControls) {
      expect(used.perIsland[uid] ?? 0, `island ${uid} was used`).toBeGreaterThan(0);
    }
    await seen.settled();

    expect(seen.otherOrigins, 'requests to other origins').toEqual([]);
    expect([...seen.cspViolations, ...(await reportedViolations(page))], 'CSP violations').toEqual([]);
    expect(seen.consoleErrors, 'console errors').toEqual([]);
    expect(
      dialogs.filter((d) => d.startsWith('alert')),
      'alerts',
    ).toEqual([]);

    const stored = await page.evaluate(async () => ({
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      cookie: document.cookie,
      idb: 'databases' in indexedDB ? (await indexedDB.databases()).map((d) => d.name ?? '') : [],
    }));
    for (const key of [...stored.local, ...stored.session, ...stored.idb]) {
      expect(covered(key, listed), `"${key}" is named on /privacy/`).toBe(true);
    }
    expect(stored.cookie).toBe('');
    expect(await context.cookies()).toEqual([]);

    // The states the islands are in now (feedback shown, steps advanced) are checked too, once
    // per set of islands: the sweep in accessibility.spec.ts covers every page as loaded.
    if (full && page.url().endsWith(url)) {
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual(
        [],
      );
    }
  });
}

test('the watcher catches a request to another origin and a CSP violation', async ({ page, context, baseURL }) => {
  const seen = await watch(context, page, new URL(baseURL!).origin);
  const response = await page.goto('/about/');
  // Pages are served with the headers of _headers, as the host would send them.
  expect(response?.headers()['cross-origin-opener-policy']).toBe('same-origin');
  expect(response?.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
  // Not allowed by connect-src 'self': the CSP blocks it before it leaves the page.
  await page.evaluate(() => fetch('https://tracker.invalid/pixel').catch(() => undefined));
  await expect.poll(async () => (await reportedViolations(page)).length).toBeGreaterThan(0);
  expect([...seen.cspViolations, ...(await reportedViolations(page))].join('\n')).toMatch(/connect-src/);
  // A navigation is not covered by connect-src, but it is another origin: the route catches it.
  await page.goto('https://elsewhere.invalid/').catch(() => undefined);
  expect(seen.otherOrigins).toContain('https://elsewhere.invalid/');
});
