import { describe, expect, it } from 'vitest';
import { budgetProblems, measureSite, staleExceptions } from '../../scripts/quality/budgets.mjs';
import { pageType } from '../../scripts/quality/site.mjs';

// Every page in dist/, whoever added it: `npm run size` prints the same numbers as a table.
const loads = await measureSite('dist');

describe('performance budgets (gzip bytes; see scripts/quality/budgets.mjs)', () => {
  it('finds the pages of the built site', () => {
    expect(loads.length).toBeGreaterThan(10);
    expect(loads.map((p) => p.type)).toContain('lesson');
  });

  it.each(loads.map((p) => [p.url, p] as const))('%s is within budget', (_url, load) => {
    expect(budgetProblems(load)).toEqual([]);
  });

  it('no page uses a web font from another origin, and any font file is self-hosted', () => {
    for (const p of loads) expect(p.external.filter((u) => /font/i.test(u)), p.url).toEqual([]);
  });

  it('pages without islands load no UI framework (Preact and its runtime come only with an island)', () => {
    for (const p of loads.filter((l) => l.islands === 0)) {
      expect(p.upfrontFiles.filter((f) => /preact|jsxRuntime|\/client\./.test(f)), p.url).toEqual([]);
    }
  });

  it('has no documented exception that no page needs any more', () => {
    expect(staleExceptions(loads)).toEqual([]);
  });

  it('derives a type for every page from its path', () => {
    for (const p of loads) expect(p.type).toBe(pageType(p.url));
  });
});
