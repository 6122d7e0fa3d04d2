// The performance budgets of issue 9, checked against what each built page loads (site.mjs).
import { listPages, measurePage } from './site.mjs';

const KB = 1024;

/**
 * Budgets in gzip bytes. HTML: 7 KB, or 14 KB (one first round trip) for page types whose
 * content is long and is the point of the page. JavaScript: 15 KB before the reader scrolls to an
 * exercise (client:visible islands load on scroll) and 30 KB in all; a lesson page without
 * exercises gets only the small site shell (theme toggle, search opener): never a framework, and
 * never Pagefind before search is opened.
 */
export const BUDGETS = {
  html: 7 * KB,
  htmlLongForm: 14 * KB,
  css: 10 * KB,
  jsUpfront: 15 * KB,
  jsUpfrontLessonWithoutExercises: 5 * KB,
  jsTotal: 30 * KB,
};

/**
 * Documented exceptions: pages allowed over a budget, each up to a ceiling, with the reason and
 * who owns the fix. A page over its ceiling fails, and so does an exception that is no longer
 * needed, so the list can only shrink. `pattern` matches the page URL.
 * @type {{ pattern: RegExp; jsUpfront?: number; jsTotal?: number; html?: number; reason: string }[]}
 */
export const EXCEPTIONS = [
  {
    pattern: /^\/(lessons|modules\/[^/]+)\/$/,
    jsUpfront: 16 * KB,
    reason:
      'The progress ticks of the lesson lists load the progress store with its zod-mini schemas (8.4 KB) on load. To meet 15 KB: read progress with a lighter decoder, or load the ticks when idle.',
  },
  {
    pattern: /^\/practice\/(i-statements|mirroring|validation|empathy|requests)\/$/,
    jsUpfront: 30 * KB,
    reason:
      'Drill pages hydrate the drill with client:load: the exercise is the page. Preact, the stores and the drill runner come to ~29 KB; to meet 15 KB, hydrate on client:visible where the drill starts below the fold, or trim the runner.',
  },
  {
    pattern: /^\/practice\/dialogue\/$/,
    jsUpfront: 42 * KB,
    jsTotal: 42 * KB,
    reason:
      'The guided dialogue hydrates with client:load and is ~42 KB in all, over the 30 KB total: split the later steps (reflection, schedule, .ics) into lazily imported chunks.',
  },
  {
    pattern: /^\/my-practice\//,
    jsUpfront: 45.5 * KB,
    jsTotal: 45.5 * KB,
    reason:
      'My practice pages hydrate with client:load and load every store (schemas, lock, schedule, .ics, charts): 36-45 KB, over the 30 KB total. Load per page only the stores it shows, and the rest on demand.',
  },
];

/** The exception that covers a page, if any. */
export function exceptionFor(/** @type {string} */ url) {
  return EXCEPTIONS.find((e) => e.pattern.test(url));
}

/** Page types whose HTML may use the long-form budget: lessons, the glossary, drills (their prompts). */
export const LONG_FORM_TYPES = new Set(['lesson', 'reference', 'drill']);

/**
 * Everything over budget or wrong on one page, as readable messages (empty when it passes).
 * @param {import('./site.mjs').PageLoad} p
 * @returns {string[]}
 */
export function budgetProblems(p) {
  /** @type {string[]} */
  const out = [];
  const exception = exceptionFor(p.url);
  const htmlBudget = exception?.html ?? (LONG_FORM_TYPES.has(p.type) ? BUDGETS.htmlLongForm : BUDGETS.html);
  if (p.html > htmlBudget) out.push(`HTML ${kb(p.html)} > ${kb(htmlBudget)}`);
  if (p.css > BUDGETS.css) out.push(`CSS ${kb(p.css)} > ${kb(BUDGETS.css)}`);
  const upfront =
    exception?.jsUpfront ??
    (p.type === 'lesson' && p.islands === 0 ? BUDGETS.jsUpfrontLessonWithoutExercises : BUDGETS.jsUpfront);
  if (p.jsUpfront > upfront) {
    out.push(`JS before scrolling ${kb(p.jsUpfront)} > ${kb(upfront)} (${p.upfrontFiles.join(', ')})`);
  }
  const total = exception?.jsTotal ?? BUDGETS.jsTotal;
  if (p.jsTotal > total) out.push(`JS in all ${kb(p.jsTotal)} > ${kb(total)}`);
  if (p.type !== 'search') {
    const eager = [...p.upfrontFiles, ...p.deferredFiles].filter((f) => f.startsWith('/pagefind/'));
    if (eager.length) out.push(`loads Pagefind before search is opened: ${eager.join(', ')}`);
  }
  if (p.external.length) out.push(`loads from other origins: ${p.external.join(', ')}`);
  if (p.missing.length) out.push(`refers to files missing from dist/: ${p.missing.join(', ')}`);
  return out;
}

/**
 * Exceptions that no page needs any more (the page is gone, or within the normal budgets):
 * remove them so the budget holds again.
 * @param {import('./site.mjs').PageLoad[]} loads
 */
export function staleExceptions(loads) {
  return EXCEPTIONS.filter((e) => {
    const pages = loads.filter((p) => e.pattern.test(p.url));
    return pages.every((p) => {
      const normal = budgetProblems({ ...p, url: '/no-exception/' });
      return normal.length === 0;
    });
  }).map((e) => String(e.pattern));
}

/** Kilobytes with one decimal, as the table prints them. */
export function kb(/** @type {number} */ bytes) {
  return `${(bytes / KB).toFixed(1)} KB`;
}

/** Measures every page of `dist`. */
export async function measureSite(dist = 'dist') {
  const pages = listPages(dist);
  return Promise.all(pages.map((p) => measurePage(dist, p)));
}

/**
 * One row per page type: how many pages, and the largest HTML, CSS and JS among them (the page
 * that sets each maximum is named in `worst`).
 * @param {import('./site.mjs').PageLoad[]} loads
 */
export function byType(loads) {
  /** @type {Map<string, { type: string; pages: number; html: number; css: number; jsUpfront: number; jsDeferred: number; jsTotal: number; fonts: number; worst: string }>} */
  const rows = new Map();
  for (const p of loads) {
    const row = rows.get(p.type) ?? {
      type: p.type,
      pages: 0,
      html: 0,
      css: 0,
      jsUpfront: 0,
      jsDeferred: 0,
      jsTotal: 0,
      fonts: 0,
      worst: p.url,
    };
    row.pages++;
    if (p.html > row.html) {
      row.html = p.html;
      row.worst = p.url;
    }
    row.css = Math.max(row.css, p.css);
    row.jsUpfront = Math.max(row.jsUpfront, p.jsUpfront);
    row.jsDeferred = Math.max(row.jsDeferred, p.jsDeferred);
    row.jsTotal = Math.max(row.jsTotal, p.jsTotal);
    row.fonts = Math.max(row.fonts, p.fonts);
    rows.set(p.type, row);
  }
  return [...rows.values()];
}
