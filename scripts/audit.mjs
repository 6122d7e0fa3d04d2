// `npm run audit`: Lighthouse (mobile defaults: simulated slow 4G and a mid-range phone CPU) on
// one page of each main type, median of 3 runs, against the targets of issue 9:
// 100 / 100 / 100 / 100, LCP <= 1.2 s, TBT <= 50 ms, CLS 0. Needs a build (`npm run build`).
// Env: AUDIT_RUNS (default 3), AUDIT_PORT (default 4399), AUDIT_PAGES (comma-separated paths).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium, INSTALL_HINT } from '../tests/browser.mjs';
import { listPages, pageType } from './quality/site.mjs';
import { serve } from './quality/serve.mjs';

const RUNS = Number(process.env.AUDIT_RUNS ?? 3);
const PORT = Number(process.env.AUDIT_PORT ?? 4399);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const TARGET = { score: 100, lcp: 1200, tbt: 50, cls: 0 };
/** The page types the issue names, and the page of each type to audit when there are several. */
const TYPES = ['home', 'lesson', 'drill', 'dialogue', 'search', 'my-practice'];
const PREFERRED = { lesson: '/lessons/mirroring/', drill: '/practice/mirroring/', 'my-practice': '/my-practice/' };

const pages = listPages('dist').map((p) => p.url);
const chosen = process.env.AUDIT_PAGES
  ? process.env.AUDIT_PAGES.split(',').map((p) => p.trim())
  : TYPES.flatMap((type) => {
      const ofType = pages.filter((u) => pageType(u) === type);
      const pick = ofType.includes(PREFERRED[type]) ? PREFERRED[type] : ofType[0];
      if (!pick) console.log(`(no ${type} page in dist/ yet: skipped)`);
      return pick ? [pick] : [];
    });

const chromePath = await findChromium();
if (!chromePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const server = await serve('dist', PORT);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-default-apps',
    '--disable-extensions',
    '--disable-sync',
    '--no-first-run',
    '--mute-audio',
  ],
});

const median = (/** @type {number[]} */ xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** @type {{ url: string; runs: number; scores: Record<string, number>; lcp: number; tbt: number; cls: number; fcp: number; seconds: number; problems: string[] }[]} */
const rows = [];
const started = Date.now();
try {
  for (const path of chosen) {
    const t0 = Date.now();
    /** @type {import('lighthouse').Result[]} */
    const results = [];
    for (let i = 0, retries = 0; i < RUNS;) {
      const r = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      const error = r ? r.lhr.runtimeError : { code: 'NO_RESULT', message: 'Lighthouse returned nothing' };
      if (error) {
        // Chromium sometimes loses the first trace of a fresh browser (NO_NAVSTART): run again.
        if (++retries > 3) throw new Error(`${path}: ${error.code} ${error.message}`);
        console.log(`${path}: ${error.code}, running again`);
        continue;
      }
      results.push(/** @type {import('lighthouse').RunnerResult} */ (r).lhr);
      i++;
    }
    const num = (/** @type {import('lighthouse').Result} */ lhr, /** @type {string} */ id) =>
      lhr.audits[id]?.numericValue ?? NaN;
    /** @type {Record<string, number>} */
    const scores = {};
    for (const c of CATEGORIES) scores[c] = median(results.map((r) => Math.round((r.categories[c]?.score ?? 0) * 100)));
    // What kept a category below 100, from every run (a flaky audit shows up too).
    const problems = new Set();
    for (const r of results) {
      for (const c of CATEGORIES) {
        for (const ref of r.categories[c]?.auditRefs ?? []) {
          const a = r.audits[ref.id];
          if (ref.weight > 0 && a && a.score !== null && a.score < 1)
            problems.add(`${c}: ${a.id} (${a.displayValue ?? a.score})`);
        }
      }
    }
    rows.push({
      url: path,
      runs: RUNS,
      scores,
      lcp: median(results.map((r) => num(r, 'largest-contentful-paint'))),
      tbt: median(results.map((r) => num(r, 'total-blocking-time'))),
      cls: median(results.map((r) => num(r, 'cumulative-layout-shift'))),
      fcp: median(results.map((r) => num(r, 'first-contentful-paint'))),
      seconds: (Date.now() - t0) / 1000,
      problems: [...problems],
    });
    console.log(`${path}: done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
} finally {
  chrome.kill();
  server.close();
}

const header = ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'];
const table = [
  header,
  ...rows.map((r) => [
    r.url,
    r.scores.performance,
    r.scores.accessibility,
    r.scores['best-practices'],
    r.scores.seo,
    `${(r.fcp / 1000).toFixed(2)} s`,
    `${(r.lcp / 1000).toFixed(2)} s`,
    `${Math.round(r.tbt)} ms`,
    r.cls.toFixed(3),
  ]),
];
const widths = header.map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
console.log(`\nLighthouse ${RUNS === 1 ? '(1 run)' : `median of ${RUNS} runs`}, mobile defaults, ${chromePath}\n`);
for (const [n, r] of table.entries()) {
  console.log(r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  '));
  if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
console.log(`\n${rows.length} pages x ${RUNS} runs in ${((Date.now() - started) / 1000).toFixed(0)} s`);

const failures = rows.flatMap((r) => {
  const out = [];
  for (const c of CATEGORIES) if (r.scores[c] < TARGET.score) out.push(`${c} ${r.scores[c]}`);
  if (r.lcp > TARGET.lcp) out.push(`LCP ${Math.round(r.lcp)} ms`);
  if (r.tbt > TARGET.tbt) out.push(`TBT ${Math.round(r.tbt)} ms`);
  if (r.cls > TARGET.cls) out.push(`CLS ${r.cls.toFixed(3)}`);
  return out.length ? [`${r.url}: ${out.join(', ')}\n    ${r.problems.join('\n    ')}`] : [];
});
if (failures.length) {
  console.error(`\nBelow target (100 everywhere, LCP <= 1.2 s, TBT <= 50 ms, CLS 0):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('Every audited page meets the targets.');
