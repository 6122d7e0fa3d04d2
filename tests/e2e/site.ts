/**
 * Helpers for the whole-site sweeps: every page in dist/ (whoever added it) and a generic way to
 * use every island on a page, so new pages and islands are covered the day they land.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { parse } from 'node-html-parser';
import { readHeaders } from '../../scripts/quality/serve.mjs';
import { listPages } from '../../scripts/quality/site.mjs';

const pages: { url: string; file: string }[] = listPages('dist');

/** Every page of the built site, by the URL a browser asks for. */
export const PAGES: string[] = pages.map((p) => p.url);

/**
 * One page for each distinct set of interactive parts: islands (by component file), form fields
 * and disclosures or dialogs (by their markup). Checks that depend only on the code of those
 * parts, not on the text around them, run on these pages: 26 lessons share one quiz.
 */
export const ONE_PAGE_PER_CONTROL_SET: string[] = (() => {
  const seen = new Map<string, string>();
  for (const p of pages) {
    const html = readFileSync(p.file, 'utf8');
    const parts = [
      ...[...html.matchAll(/<astro-island[^>]*component-url="([^"]+)"/g)].map((m) => `island ${m[1]}`),
      ...[...html.matchAll(/<(textarea|select|input)\b([^>]*)>/g)].map(
        (m) => `${m[1]} ${/\btype="([^"]*)"/.exec(m[2]!)?.[1] ?? ''}`,
      ),
      ...[...html.matchAll(/<([a-z]+)\b[^>]*\b(aria-expanded|aria-haspopup)=/g)].map((m) => `${m[1]} ${m[2]}`),
      ...(html.includes('<dialog') ? ['dialog'] : []),
    ];
    if (parts.length === 0) continue;
    const key = [...new Set(parts)].sort().join('\n');
    if (!seen.has(key)) seen.set(key, p.url);
  }
  return [...seen.values()];
})();

/**
 * One page for each distinct set of scripts (island components, script files, inline scripts;
 * props and text aside). Only script can show saved data, and pages with the same scripts show
 * it the same way, so these pages cover every way typed text can come back on screen.
 */
export const ONE_PAGE_PER_SCRIPT_SET: string[] = (() => {
  const seen = new Map<string, string>();
  for (const p of pages) {
    const html = readFileSync(p.file, 'utf8');
    const found = new Set<string>();
    for (const m of html.matchAll(/<astro-island[^>]*component-url="([^"]+)"/g)) found.add(`island ${m[1]}`);
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const src = /\bsrc="([^"]+)"/.exec(m[1]!)?.[1];
      found.add(src ? `src ${src}` : `inline ${m[2]!.length}:${m[2]!.slice(0, 200)}`);
    }
    const key = [...found].sort().join('\n');
    if (!seen.has(key)) seen.set(key, p.url);
  }
  return [...seen.values()];
})();

/**
 * The fewest pages that between them show every styled context of the site: each element that
 * holds text or is a control, described by its tag and classes and those of its two nearest
 * ancestors with a class. Colour contrast in the dark theme depends only on these (the CSS is
 * shared), so checking these pages covers every combination any page uses.
 */
export const PAGES_COVERING_EVERY_STYLE: string[] = (() => {
  const sigOf = new Map<string, Set<string>>();
  for (const p of pages) {
    const doc = parse(readFileSync(p.file, 'utf8'));
    const sigs = new Set<string>();
    for (const el of doc.querySelectorAll('body *')) {
      const hasText = el.childNodes.some((n) => n.nodeType === 3 && n.rawText.trim());
      if (!hasText && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA|SUMMARY)$/.test(el.tagName)) continue;
      const parts = [`${el.tagName}.${el.classList.value.filter((c) => !c.startsWith('astro-')).join('.')}`];
      for (let a = el.parentNode; a && parts.length < 3; a = a.parentNode) {
        const classes = a.classList?.value ?? [];
        if (classes.length) parts.unshift(`${a.tagName}.${classes.join('.')}`);
      }
      sigs.add(parts.join(' > '));
    }
    sigOf.set(p.url, sigs);
  }
  const uncovered = new Set([...sigOf.values()].flatMap((s) => [...s]));
  const chosen: string[] = [];
  while (uncovered.size) {
    let best = '';
    let gain = 0;
    for (const [url, sigs] of sigOf) {
      const g = [...sigs].filter((x) => uncovered.has(x)).length;
      if (g > gain) [best, gain] = [url, g];
    }
    chosen.push(best);
    for (const x of sigOf.get(best)!) uncovered.delete(x);
  }
  return chosen.sort();
})();

/**
 * Brings every client:visible island into view, one after another, and waits until each has
 * hydrated (Astro removes the `ssr` attribute), then scrolls back to the top.
 */
export async function hydrateAll(page: Page): Promise<void> {
  for (let guard = 0; guard < 50; guard++) {
    // Islands are display: contents; the observer watches their children, so scroll to those.
    const uid = await page.evaluate(() => {
      const island = document.querySelector('astro-island[ssr]');
      if (!island) return null;
      (island.firstElementChild ?? island.parentElement)?.scrollIntoView({ block: 'center' });
      return island.getAttribute('uid');
    });
    if (uid === null) break;
    await expect(page.locator(`astro-island[uid="${uid}"]`).first()).not.toHaveAttribute('ssr', { timeout: 10_000 });
  }
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.evaluate(() => scrollTo(0, 0));
}

const TEXT_INPUTS =
  'textarea, input:not([type]), input[type="text"], input[type="search"], input[type="email"], input[type="url"], input[type="tel"]';

/** Visible, enabled, editable text fields on the page (textareas and text-like inputs). */
export function textFields(page: Page): Locator {
  return page.locator(`:is(${TEXT_INPUTS}):visible:not([disabled]):not([readonly])`);
}

export interface UseReport {
  /** How many controls were used, per island uid. */
  perIsland: Record<string, number>;
  /** uid of every island that has at least one control. */
  islandsWithControls: string[];
  clicks: number;
}

/**
 * Uses every control a person could use on the page: types into text fields, picks options,
 * ticks boxes, and presses each button once (buttons that appear after a press get pressed too,
 * up to `maxClicks`). Links are not followed. Returns what was used, per island.
 */
export async function useEverything(
  page: Page,
  options: { text?: string | ((i: number) => string); maxClicks?: number } = {},
): Promise<UseReport> {
  const text =
    options.text ?? 'I felt alone when our plans changed at the last minute, and I would like us to plan together.';
  const maxClicks = options.maxClicks ?? 40;
  const start = page.url();
  const perIsland: Record<string, number> = {};
  const count = async (el: Locator) => {
    const uid = await el.evaluate((n) => n.closest('astro-island')?.getAttribute('uid') ?? '');
    if (uid) perIsland[uid] = (perIsland[uid] ?? 0) + 1;
  };
  const islandsWithControls = await page.evaluate(() =>
    [...document.querySelectorAll('astro-island')]
      .filter((i) => i.querySelector('button, input, textarea, select, [tabindex]:not([tabindex="-1"]), summary'))
      .map((i) => i.getAttribute('uid') ?? ''),
  );

  const fields = textFields(page);
  for (let i = 0; i < (await fields.count()); i++) {
    const f = fields.nth(i);
    await f.fill(typeof text === 'function' ? text(i) : text);
    await count(f);
  }
  // One option per radio group is enough to use it; every checkbox gets ticked.
  const choices = page.locator(
    'input[type="radio"]:visible:not([disabled]), input[type="checkbox"]:visible:not([disabled])',
  );
  const groups = new Set<string>();
  for (let i = 0; i < (await choices.count()); i++) {
    const c = choices.nth(i);
    const [type, name] = await c.evaluate((n) => [(n as HTMLInputElement).type, (n as HTMLInputElement).name]);
    if (type === 'radio' && name) {
      if (groups.has(name)) continue;
      groups.add(name);
    }
    await c.check({ timeout: 2000 }).catch(() => undefined);
    await count(c);
  }
  const selects = page.locator('select:visible:not([disabled])');
  for (let i = 0; i < (await selects.count()); i++) {
    const s = selects.nth(i);
    const values = await s.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    if (values.length > 1) await s.selectOption(values[1]!);
    await count(s);
  }
  for (const d of await page.locator('details:visible > summary').all()) {
    await d.click({ timeout: 2000 }).catch(() => undefined);
    await count(d);
  }

  // Press every button once, including ones that appear after a press.
  let clicks = 0;
  while (clicks < maxClicks) {
    const handle = await page.evaluateHandle(() => {
      const w = window as unknown as { __pressed?: WeakSet<Element> };
      const pressed = (w.__pressed ??= new WeakSet());
      for (const b of document.querySelectorAll<HTMLElement>('button, [role="button"]')) {
        if (pressed.has(b) || (b as HTMLButtonElement).disabled || b.getAttribute('aria-disabled') === 'true') continue;
        if (!b.checkVisibility()) continue;
        pressed.add(b);
        return b;
      }
      return null;
    });
    const button = handle.asElement();
    if (!button) break;
    // New text fields may have appeared (a next step): fill them before pressing on.
    const fresh = textFields(page);
    for (let i = 0; i < (await fresh.count()); i++) {
      const f = fresh.nth(i);
      if (!(await f.inputValue())) await f.fill(typeof text === 'function' ? text(i) : text);
    }
    const uid = await button.evaluate((n) => n.closest('astro-island')?.getAttribute('uid') ?? '');
    if (uid) perIsland[uid] = (perIsland[uid] ?? 0) + 1;
    await button.click({ timeout: 2000 }).catch(() => undefined);
    clicks++;
    if (page.url() !== start) break;
  }
  return { perIsland, islandsWithControls, clicks };
}

/** What a page did that it must not: other origins, CSP violations, console errors. */
export interface Watch {
  otherOrigins: string[];
  cspViolations: string[];
  consoleErrors: string[];
  requests: string[];
  /** Requests made by the page itself, not by a service worker. */
  pageRequests: string[];
  /** Resolves once no request has been in flight for 150 ms (much faster than networkidle). */
  settled: () => Promise<void>;
}

/**
 * Watches a context for requests to other origins (aborted, so nothing leaves the machine), CSP
 * violations and console errors. Same-origin responses get the headers of dist/_headers, as a
 * host using that file would send them.
 */
export async function watch(context: BrowserContext, page: Page, origin: string): Promise<Watch> {
  let inFlight = 0;
  let lastChange = Date.now();
  const w: Watch = {
    otherOrigins: [],
    cspViolations: [],
    consoleErrors: [],
    requests: [],
    pageRequests: [],
    settled: async () => {
      const until = Date.now() + 10_000;
      while (Date.now() < until && (inFlight > 0 || Date.now() - lastChange < 150)) await page.waitForTimeout(50);
    },
  };
  const done = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastChange = Date.now();
  };
  context.on('requestfinished', done);
  context.on('requestfailed', done);
  const rules: [RegExp, Record<string, string>][] = readHeaders('dist');
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    if (new URL(url).origin !== origin) {
      w.otherOrigins.push(url);
      return route.abort('blockedbyclient');
    }
    const response = await route.fetch();
    const headers = { ...response.headers() };
    const path = new URL(url).pathname;
    for (const [pattern, h] of rules) {
      if (pattern.test(path)) for (const [k, v] of Object.entries(h)) headers[k.toLowerCase()] = v;
    }
    await route.fulfill({ response, headers });
  });
  context.on('request', (r) => {
    w.requests.push(r.url());
    if (!r.serviceWorker()) w.pageRequests.push(r.url());
    inFlight++;
    lastChange = Date.now();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const list = ((window as unknown as { __csp?: string[] }).__csp ??= []);
      list.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') w.consoleErrors.push(m.text());
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) w.cspViolations.push(m.text());
  });
  page.on('pageerror', (e) => w.consoleErrors.push(`uncaught: ${e.message}`));
  return w;
}

/** CSP violations the page itself saw (securitypolicyviolation events). */
export async function reportedViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => []);
}
