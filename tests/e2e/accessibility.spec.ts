import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { AXE_TAGS, expect, test } from './fixtures';
import { hydrateAll, PAGES, PAGES_COVERING_EVERY_STYLE } from './site';

function summary(violations: { id: string; nodes: { target: unknown[] }[] }[]): string[] {
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

interface Stop {
  what: string;
  indicator: boolean;
  inView: boolean;
}

/**
 * Keyboard focus over the whole page. A real Tab press from the top must land on the skip link
 * (this also puts the browser in keyboard mode, so :focus-visible applies); then every element
 * that can take focus by keyboard is focused in document order and described: whether it shows a
 * focus indicator (an outline of at least 2 px or a box shadow, as :focus-visible gives every
 * control here) and whether part of it is on screen and not covered (WCAG 2.4.7, 2.4.11).
 * Focusing in-page instead of pressing Tab 160 times keeps a long page to a fraction of a second.
 */
async function focusStops(page: Page): Promise<{ first: string; stops: Stop[] }> {
  await page.evaluate(() => {
    // Move the sequential focus starting point to the top, as on a fresh load.
    scrollTo(0, 0);
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    start.remove();
  });
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const describe = (el: Element) => {
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
      return `${el.tagName.toLowerCase()} "${name}"`;
    };
    const first = document.activeElement ? describe(document.activeElement) : '(nothing)';
    const focusable = [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"], audio[controls], video[controls]',
      ),
    ].filter(
      (el) =>
        el.tabIndex >= 0 &&
        !(el as HTMLButtonElement).disabled &&
        !el.closest('[inert], [hidden]') &&
        el.checkVisibility({ visibilityProperty: true }) &&
        (el.tagName !== 'INPUT' || (el as HTMLInputElement).type !== 'hidden'),
    );
    const stops = [];
    for (const el of focusable) {
      el.focus();
      if (document.activeElement !== el) continue;
      const cs = getComputedStyle(el);
      const outline =
        cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 && !/rgba\(.*,\s*0\)$/.test(cs.outlineColor);
      const shadow = cs.boxShadow !== 'none';
      const r = el.getBoundingClientRect();
      const points = [
        [0.5, 0.5],
        [0.15, 0.15],
        [0.85, 0.85],
        [0.15, 0.85],
        [0.85, 0.15],
      ].map(([fx, fy]) => [r.left + r.width * fx!, r.top + r.height * fy!] as const);
      const inView =
        r.width > 0 &&
        r.height > 0 &&
        points.some(([x, y]) => {
          if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
          const hit = document.elementFromPoint(x, y);
          return !!hit && (hit === el || el.contains(hit) || hit.contains(el));
        });
      stops.push({ what: describe(el), indicator: outline || shadow, inView });
    }
    return { first, stops };
  });
}

/** Elements wider than the viewport, for a readable failure. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 1 && e.checkVisibility())
      .filter((e) => !e.closest('.visually-hidden'))
      .slice(-5)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits };
  });
}

/** Animations and transitions longer than 10 ms, and smooth scrolling, anywhere on the page. */
async function motion(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seconds = (list: string) =>
      Math.max(...list.split(',').map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 0.001 : 1)));
    const out: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const cs = getComputedStyle(el, pseudo);
        const what = `${el.tagName.toLowerCase()}${pseudo ?? ''}.${[...el.classList].join('.')}`;
        if (cs.animationName !== 'none' && seconds(cs.animationDuration) > 0.01) out.push(`${what} animates`);
        if (cs.transitionProperty !== 'none' && seconds(cs.transitionDuration) > 0.01) out.push(`${what} transitions`);
      }
    }
    if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') out.push('smooth scrolling');
    return out;
  });
}

// One test per page, one page load: axe (both themes where they can differ), a keyboard walk, reflow at 320 px and at
// 200% zoom, and reduced motion. Soft assertions so one run shows every problem of a page.
for (const url of PAGES) {
  test(`accessibility sweep: ${url}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(url);
    await hydrateAll(page);

    const light = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect.soft(summary(light.violations), 'axe, light theme').toEqual([]);
    // Only colours change between themes, so the dark theme can only break contrast. It is checked
    // on the few pages that together show every styled context of the site (see site.ts).
    if (PAGES_COVERING_EVERY_STYLE.includes(url)) {
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await new AxeBuilder({ page }).withRules(['color-contrast', 'link-in-text-block']).analyze();
      expect.soft(summary(dark.violations), 'axe, dark theme').toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
    }

    const { first, stops } = await focusStops(page);
    expect.soft(first, 'the first Tab stop is the skip link').toBe('a "Skip to content"');
    expect.soft(stops.length).toBeGreaterThan(3);
    expect
      .soft(
        stops.filter((s) => !s.indicator).map((s) => s.what),
        'no visible focus indicator',
      )
      .toEqual([]);
    expect
      .soft(
        stops.filter((s) => !s.inView).map((s) => s.what),
        'focused but hidden or covered',
      )
      .toEqual([]);

    // 320 CSS px wide (WCAG 1.4.10), then 1280 x 800 at 200% zoom, which lays out as 640 x 400.
    for (const size of [
      { width: 320, height: 640 },
      { width: 640, height: 400 },
    ]) {
      await page.setViewportSize(size);
      const o = await overflow(page);
      expect
        .soft(o.scrollWidth, `no sideways scrolling at ${size.width} px (${o.culprits.join(', ')})`)
        .toBeLessThanOrEqual(o.clientWidth);
      const stuck = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((e) => ['fixed', 'sticky'].includes(getComputedStyle(e).position))
          .reduce((h, e) => h + e.getBoundingClientRect().height, 0),
      );
      expect
        .soft(stuck, `fixed or sticky content leaves room to read at ${size.width} px`)
        .toBeLessThanOrEqual(size.height / 2);
    }

    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect.soft(await motion(page), 'motion with prefers-reduced-motion: reduce').toEqual([]);
  });
}
