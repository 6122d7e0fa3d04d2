import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeEntities,
  excerptAround,
  excerptParts,
  keywordAwareExcerpt,
  KEYWORDS_ANCHOR,
  MAX_QUERY_LENGTH,
  normalizeQuery,
  pagefindFilters,
  plainText,
  readSearchState,
  resultsMessage,
  searchHref,
  searchQueryString,
  toResultView,
  type PagefindResultData,
  type WeightedLocation,
} from '../../src/lib/search';
import { isSearchShortcut } from '../../src/lib/search-keys';

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe('search state in the URL', () => {
  it('normalizes white space and caps the length', () => {
    expect(normalizeQuery('  I   statement\n')).toBe('I statement');
    expect(normalizeQuery('a'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('reads q, type and module, dropping unknown types', () => {
    expect(readSearchState('?q=mirror&type=Lesson&module=The+Imago+Dialogue')).toEqual({
      q: 'mirror',
      type: 'Lesson',
      module: 'The Imago Dialogue',
    });
    expect(readSearchState('?q=x&type=Nonsense')).toEqual({ q: 'x', type: '', module: '' });
    expect(readSearchState('')).toEqual({ q: '', type: '', module: '' });
  });

  it('writes only the parts that are set, and reads back what it wrote', () => {
    expect(searchQueryString({})).toBe('');
    expect(searchHref({ q: '  apology ' })).toBe('/search/?q=apology');
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.constantFrom('', 'Lesson', 'Drill', 'Glossary', 'Safety'),
        fc.string({ maxLength: 20 }),
        (q, type, module) => {
          const state = { q: normalizeQuery(q), type: type as '', module: normalizeQuery(module) };
          expect(readSearchState(searchQueryString(state))).toEqual(state);
        },
      ),
    );
  });

  it('turns filters into Pagefind options only when something is filtered', () => {
    expect(pagefindFilters({ q: 'x', type: '', module: '' })).toBeUndefined();
    expect(pagefindFilters({ q: 'x', type: 'Glossary', module: '' })).toEqual({ type: 'Glossary' });
    expect(pagefindFilters({ q: 'x', type: 'Lesson', module: 'Triggers' })).toEqual({
      type: 'Lesson',
      module: 'Triggers',
    });
  });
});

describe('excerpts', () => {
  it('decodes the character references Pagefind writes', () => {
    expect(decodeEntities('Tom &amp; Jo &lt;3 &quot;hi&quot; it&#39;s &#x2014; &nbsp;&bogus;')).toBe(
      'Tom & Jo <3 "hi" it\'s \u2014 \u00a0&bogus;',
    );
  });

  it('splits marks into runs, joining neighbouring marked words', () => {
    expect(excerptParts('Keep <mark>is</mark> <mark>there</mark> more &lt;b&gt;')).toEqual([
      { text: 'Keep ', mark: false },
      { text: 'is there', mark: true },
      { text: ' more <b>', mark: false },
    ]);
    // Any other markup stays text: it is never turned into elements.
    expect(excerptParts('<img src=x onerror=alert(1)>')).toEqual([
      { text: '<img src=x onerror=alert(1)>', mark: false },
    ]);
  });

  it('keeps every character of any escaped excerpt, and marks exactly the marked runs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.boolean()), { maxLength: 8 }),
        (runs) => {
          const html = runs.map(([t, m]) => (m ? `<mark>${escape(t)}</mark>` : escape(t))).join('');
          const parts = excerptParts(html);
          expect(parts.map((p) => p.text).join('')).toBe(runs.map(([t]) => t).join(''));
          const marked = parts
            .filter((p) => p.mark)
            .map((p) => p.text)
            .join('');
          const expected = runs
            .filter(([, m]) => m)
            .map(([t]) => t)
            .join('');
          // A single space between two marks is folded into the highlight.
          expect(marked.replace(/ /g, '')).toBe(expected.replace(/ /g, ''));
        },
      ),
    );
  });

  it('chooses the densest window and opens it with a little lead-in', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    const hit = (location: number, balanced_score = 1): WeightedLocation => ({ weight: 1, balanced_score, location });
    const parts = excerptAround(words, [hit(5), hit(60), hit(62), hit(64)], 10);
    const text = plainText(parts);
    expect(text.startsWith('w58 ')).toBe(true);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['w60', 'w62', 'w64']);
    expect(parts[0]!.text.startsWith('… w58')).toBe(true);
    expect(parts.at(-1)!.text.endsWith(' …')).toBe(true);
    // A short page is shown whole, without ellipses.
    expect(plainText(excerptAround(['a', 'b', 'c'], [hit(1)], 10))).toBe('a b c');
    expect(
      excerptAround(['a', 'b', 'c'], [hit(1)], 10)
        .map((p) => p.text)
        .join(''),
    ).toBe('a b c');
  });
});

/** A lesson as Pagefind returns it: title, description, the hidden search words, then its text. */
function lessonData(hits: number[]): PagefindResultData {
  const raw_content =
    'Mirroring. Learn to repeat words back. mirror, reflect, miroring, mirorring. What you will learn. ' +
    'Mirroring is the first step the receiver takes.';
  // Word positions: 0 Mirroring. 1-5 description, 6-9 search words, 10-13 objectives heading, 14.. text.
  return {
    url: '/lessons/mirroring/',
    excerpt: 'should not be used',
    meta: { title: 'Mirroring', description: 'Learn to repeat words back.' },
    filters: { type: ['Lesson'], module: ['The Imago Dialogue'] },
    raw_content,
    anchors: [
      { element: 'p', id: KEYWORDS_ANCHOR, location: 6 },
      { element: 'h2', id: 'objectives', text: 'What you will learn', location: 10 },
    ],
    weighted_locations: hits.map((location) => ({ weight: 1, balanced_score: 1, location })),
  };
}

describe('keyword-aware excerpts', () => {
  it('shows the description and the search words when only those matched', () => {
    const own = keywordAwareExcerpt(lessonData([8, 9]))!;
    expect(own.excerpt).toEqual([{ text: 'Learn to repeat words back.', mark: false }]);
    // One word per family of spellings.
    expect(own.relatedWords).toEqual(['miroring']);
    expect(keywordAwareExcerpt(lessonData([7, 9]))!.relatedWords).toEqual(['reflect', 'mirorring']);
  });

  it('never shows the search words when the text matched too', () => {
    const own = keywordAwareExcerpt(lessonData([0, 6, 14]), 40)!;
    expect(own.relatedWords).toEqual([]);
    const text = plainText(own.excerpt);
    expect(text).not.toMatch(/reflect|miroring/);
    expect(own.excerpt.filter((p) => p.mark).map((p) => p.text)).toEqual(['Mirroring.', 'Mirroring']);
  });

  it('leaves pages without search words to Pagefind', () => {
    const { anchors: _anchors, ...plain } = lessonData([0]);
    expect(keywordAwareExcerpt(plain)).toBeUndefined();
  });
});

describe('toResultView', () => {
  const sub = (title: string, id: string | undefined, score: number, excerpt = `about ${title}`) => ({
    title,
    url: id ? `/glossary/#${id}` : '/glossary/',
    excerpt,
    anchor: id ? { element: 'div', id, location: 1 } : undefined,
    weighted_locations: [{ weight: 1, balanced_score: score, location: 1 }],
  });

  it('shows title, type, module, excerpt and the best three linked sections', () => {
    const view = toResultView({
      url: '/glossary/',
      excerpt: 'The <mark>words</mark>',
      meta: { title: 'Glossary' },
      filters: { type: ['Glossary'] },
      sub_results: [
        sub('Glossary', undefined, 50),
        sub('Imago', 'imago', 1),
        sub('Mirroring', 'mirroring', 9),
        sub('Summary', 'summary', 5),
        sub('Empathy', 'empathy', 7),
      ],
    });
    expect(view).toMatchObject({ url: '/glossary/', title: 'Glossary', type: 'Glossary', module: '' });
    expect(view.excerpt).toEqual([
      { text: 'The ', mark: false },
      { text: 'words', mark: true },
    ]);
    expect(view.sections.map((s) => s.url)).toEqual([
      '/glossary/#mirroring',
      '/glossary/#empathy',
      '/glossary/#summary',
    ]);
  });

  it('labels drills as practice, keeps other declared types, and stays on this site', () => {
    expect(
      toResultView({ url: '/practice/mirroring/', excerpt: '', meta: {}, filters: { type: ['Drill'] } }).type,
    ).toBe('Practice');
    const other = toResultView({
      url: 'https://elsewhere.example/',
      excerpt: '',
      meta: { title: 'About' },
      filters: { type: ['Page'] },
    });
    expect(other.type).toBe('Page');
    expect(other.url).toBe('/');
  });

  it('does not repeat a passage already shown above a section', () => {
    const view = toResultView({
      url: '/safety/',
      excerpt: '… if it has been <mark>apologized</mark> for …',
      meta: { title: 'Safety and getting help' },
      sub_results: [
        {
          title: 'Signs',
          url: '/safety/#signs',
          excerpt: '… if it has been <mark>apologized</mark> for …',
          anchor: { element: 'h2', id: 'signs', location: 3 },
        },
      ],
    });
    expect(view.sections).toEqual([{ title: 'Signs', url: '/safety/#signs', excerpt: [] }]);
  });
});

describe('messages', () => {
  it('counts results and names the filters', () => {
    expect(resultsMessage({ q: 'mirror', type: '', module: '' }, 1)).toBe('1 result for “mirror”.');
    expect(resultsMessage({ q: 'mirror', type: 'Lesson', module: 'Triggers' }, 3)).toBe(
      '3 results for “mirror” in lessons in “Triggers”.',
    );
    expect(resultsMessage({ q: 'xyzzy', type: 'Glossary', module: '' }, 0)).toBe(
      'Nothing found for “xyzzy” in glossary.',
    );
  });
});

describe('isSearchShortcut', () => {
  const key = (k: string, over: Partial<Parameters<typeof isSearchShortcut>[0]> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    inField: false,
    mac: false,
    ...over,
  });
  it('opens on "/" outside fields, and on the system key with K anywhere', () => {
    expect(isSearchShortcut(key('/'))).toBe(true);
    expect(isSearchShortcut(key('/', { inField: true }))).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, inField: true }))).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true, mac: true, inField: true }))).toBe(true);
    expect(isSearchShortcut(key('k'))).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isSearchShortcut(key('/', { ctrlKey: true }))).toBe(false);
  });
  it('leaves Ctrl+K to text fields on a Mac, where it deletes to the end of the line', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true, mac: true, inField: true }))).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, mac: true }))).toBe(true);
  });
});
