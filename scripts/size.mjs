// `npm run size`: what every page type of the built site weighs (gzip), against the budgets.
// `npm run size -- --pages` prints every page; exits 1 when any page is over budget.
import {
  BUDGETS,
  budgetProblems,
  byType,
  EXCEPTIONS,
  kb,
  LONG_FORM_TYPES,
  measureSite,
  staleExceptions,
} from './quality/budgets.mjs';

const dist = process.env.DIST ?? 'dist';
const loads = await measureSite(dist);
const everyPage = process.argv.includes('--pages');

/** @param {(string | number)[][]} rows */
function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows
    .map((r, n) => {
      const line = r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
      return n === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

const header = [
  'page type',
  'pages',
  'HTML',
  'CSS',
  'JS up front',
  'JS on scroll',
  'JS in all',
  'fonts',
  'largest HTML',
];
const rows = byType(loads).map((r) => [
  r.type,
  r.pages,
  kb(r.html),
  kb(r.css),
  kb(r.jsUpfront),
  kb(r.jsDeferred),
  kb(r.jsTotal),
  kb(r.fonts),
  r.worst,
]);
console.log(`Largest gzip bytes per page type in ${dist}/ (${loads.length} pages)\n`);
console.log(table([header, ...rows]));
console.log(
  `\nBudgets: HTML ${kb(BUDGETS.html)} (${[...LONG_FORM_TYPES].join(', ')}: ${kb(BUDGETS.htmlLongForm)}), ` +
    `CSS ${kb(BUDGETS.css)}, JS before scrolling ${kb(BUDGETS.jsUpfront)} ` +
    `(lessons without exercises: ${kb(BUDGETS.jsUpfrontLessonWithoutExercises)}), JS in all ${kb(BUDGETS.jsTotal)}. ` +
    'JS on scroll = client:visible islands; dynamic imports (e.g. Pagefind) are not counted.',
);

if (everyPage) {
  console.log('');
  console.log(
    table([
      ['page', 'type', 'HTML', 'CSS', 'JS up front', 'JS on scroll', 'islands'],
      ...loads.map((p) => [p.url, p.type, kb(p.html), kb(p.css), kb(p.jsUpfront), kb(p.jsDeferred), p.islands]),
    ]),
  );
}

if (EXCEPTIONS.length) {
  console.log('\nDocumented exceptions (scripts/quality/budgets.mjs):');
  for (const e of EXCEPTIONS) {
    const ceilings = [
      e.html && `HTML ${kb(e.html)}`,
      e.jsUpfront && `JS before scrolling ${kb(e.jsUpfront)}`,
      e.jsTotal && `JS in all ${kb(e.jsTotal)}`,
    ].filter(Boolean);
    console.log(`  ${e.pattern}: up to ${ceilings.join(', ')}. ${e.reason}`);
  }
}
const stale = staleExceptions(loads);
if (stale.length) {
  console.error(`\nExceptions no page needs any more, remove them: ${stale.join(', ')}`);
  process.exitCode = 1;
}

const failures = loads.map((p) => ({ url: p.url, problems: budgetProblems(p) })).filter((f) => f.problems.length);
if (failures.length) {
  console.error(`\n${failures.length} page(s) over budget:`);
  for (const f of failures) console.error(`  ${f.url}: ${f.problems.join('; ')}`);
  process.exit(1);
}
console.log('\nEvery page is within budget.');
