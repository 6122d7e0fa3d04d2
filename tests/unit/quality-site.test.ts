import { describe, expect, it } from 'vitest';
import { listPages, measurePage, pageType } from '../../scripts/quality/site.mjs';
import { budgetProblems } from '../../scripts/quality/budgets.mjs';

const SITE = 'tests/fixtures/site';

async function measure(url: string) {
  const page = listPages(SITE).find((p) => p.url === url);
  if (!page) throw new Error(`no page ${url} in the fixture site`);
  return measurePage(SITE, page);
}

describe('listPages', () => {
  it('finds every HTML page by walking the folder, skipping _astro and pagefind', () => {
    expect(listPages(SITE).map((p) => p.url)).toEqual(['/', '/404.html', '/lessons/big/', '/practice/mirroring/']);
  });

  it('says what to do when the site was not built', () => {
    expect(() => listPages('tests/fixtures/no-such-dist')).toThrow(/npm run build/);
  });
});

describe('pageType', () => {
  it.each([
    ['/', 'home'],
    ['/lessons/mirroring/', 'lesson'],
    ['/lessons/', 'other'],
    ['/modules/foundations/', 'module'],
    ['/practice/mirroring/', 'drill'],
    ['/practice/dialogue/', 'dialogue'],
    ['/practice/', 'other'],
    ['/my-practice/', 'my-practice'],
    ['/my-practice/journal/', 'my-practice'],
    ['/search/', 'search'],
    ['/glossary/', 'reference'],
    ['/404.html', 'other'],
  ])('%s is a %s page', (url, type) => {
    expect(pageType(url)).toBe(type);
  });
});

describe('measurePage', () => {
  it('counts linked CSS with its @imports and inline styles, and font files it references', async () => {
    const home = await measure('/');
    // site.css, more.css (imported) and one inline <style>: each gzipped on its own.
    expect(home.css).toBeGreaterThan(3 * 20);
    expect(home.fonts).toBe(2000);
  });

  it('follows scripts and inline module imports up front, ignoring data scripts and non-loading links', async () => {
    const home = await measure('/');
    expect(home.upfrontFiles).toEqual(['inline:1', '/theme.js', '/_astro/shell.js', '/_astro/preact.js']);
    expect(home.external).toEqual([]);
    expect(home.islands).toBe(0);
  });

  it('counts client:visible islands as deferred, eager islands up front, and dynamic imports as lazy', async () => {
    const lesson = await measure('/lessons/big/');
    expect(lesson.islands).toBe(2);
    expect(new Set(lesson.upfrontFiles)).toEqual(
      new Set(['/_astro/Menu.js', '/_astro/client.js', '/_astro/preact.js', '/_astro/hooks.js']),
    );
    expect(new Set(lesson.deferredFiles)).toEqual(new Set(['/_astro/Quiz.js', '/_astro/big.js']));
    expect(lesson.lazyFiles).toEqual(['/_astro/lazy.js']);
    expect(lesson.jsTotal).toBe(lesson.jsUpfront + lesson.jsDeferred);
    expect(lesson.jsDeferred).toBeGreaterThan(30 * 1024);
  });

  it('reports other origins and files missing from the build', async () => {
    const drill = await measure('/practice/mirroring/');
    expect(drill.external).toEqual(['https://fonts.elsewhere.example/css']);
    expect(drill.missing.sort()).toEqual(['/_astro/gone.js', '/missing.png']);
    expect(drill.lazyFiles).toEqual(['/pagefind/pagefind.js']);
  });
});

describe('budgetProblems', () => {
  it('passes a small page', async () => {
    expect(budgetProblems(await measure('/'))).toEqual([]);
  });

  it('fails JavaScript over budget and names the files loaded before scrolling', async () => {
    const problems = budgetProblems(await measure('/lessons/big/'));
    expect(problems.join('\n')).toMatch(/JS in all/);
    expect(problems.join('\n')).not.toMatch(/before scrolling/);
  });

  it('fails a page that loads from other origins or misses files', async () => {
    const problems = budgetProblems(await measure('/practice/mirroring/')).join('\n');
    expect(problems).toMatch(/other origins: https:\/\/fonts\.elsewhere\.example\/css/);
    expect(problems).toMatch(/missing from dist\/: .*gone\.js/);
  });

  it('fails HTML over its type budget and Pagefind loaded up front', () => {
    const base = {
      url: '/about/',
      type: 'other',
      html: 8 * 1024,
      css: 0,
      jsUpfront: 4 * 1024,
      jsDeferred: 0,
      jsTotal: 4 * 1024,
      fonts: 0,
      islands: 0,
      upfrontFiles: ['/pagefind/pagefind.js'],
      deferredFiles: [],
      lazyFiles: [],
      external: [],
      missing: [],
    };
    const problems = budgetProblems(base).join('\n');
    expect(problems).toMatch(/HTML 8\.0 KB > 7\.0 KB/);
    expect(problems).toMatch(/Pagefind/);
    expect(budgetProblems({ ...base, type: 'drill', upfrontFiles: [] })).toEqual([]);
  });

  it('holds a lesson without exercises to the site shell, other pages to 15 KB before scrolling', () => {
    const lesson = {
      url: '/lessons/plain/',
      type: 'lesson',
      html: 4 * 1024,
      css: 0,
      jsUpfront: 6 * 1024,
      jsDeferred: 0,
      jsTotal: 6 * 1024,
      fonts: 0,
      islands: 0,
      upfrontFiles: ['/_astro/store.js'],
      deferredFiles: [],
      lazyFiles: [],
      external: [],
      missing: [],
    };
    expect(budgetProblems(lesson).join('\n')).toMatch(/before scrolling 6\.0 KB > 5\.0 KB/);
    expect(budgetProblems({ ...lesson, islands: 1 })).toEqual([]);
    expect(budgetProblems({ ...lesson, url: '/modules/x/', type: 'module' })).toEqual([]);
    expect(budgetProblems({ ...lesson, type: 'module', jsUpfront: 16 * 1024, jsTotal: 16 * 1024 }).join()).toMatch(
      /before scrolling 16\.0 KB > 15\.0 KB/,
    );
  });
});
