/**
 * Site search, the pure part: what a search is (query and filters), how it is written in a URL,
 * how Pagefind's answers become what a result shows, and the words the page says about them.
 * No DOM and no Pagefind here; src/scripts/search/ does the wiring.
 */

/** The search page; `?q=` (and optionally `type=`, `module=`) make a search linkable. */
export const SEARCH_PATH = '/search/';

/** Longer queries are cut: nobody types more, and a pasted page should not stall the search. */
export const MAX_QUERY_LENGTH = 120;

/**
 * The kinds of page a person can narrow results to. `value` is what pages declare with
 * `data-pagefind-filter="type:<value>"`; `label` is what the search shows. Pages of other types
 * (for example "Page" on About) still appear under "Everything".
 */
export const SEARCH_TYPES = [
  { value: 'Lesson', label: 'Lessons', one: 'Lesson' },
  { value: 'Drill', label: 'Practice', one: 'Practice' },
  { value: 'Glossary', label: 'Glossary', one: 'Glossary' },
  { value: 'Safety', label: 'Safety', one: 'Safety' },
] as const;

export type SearchType = (typeof SEARCH_TYPES)[number]['value'];

/** What one search asks for. Empty strings mean "no query" and "no filter". */
export interface SearchState {
  q: string;
  type: SearchType | '';
  module: string;
}

const isType = (v: string): v is SearchType => SEARCH_TYPES.some((t) => t.value === v);

/** Trims, collapses runs of white space and caps the length, so equal searches look equal. */
export function normalizeQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/**
 * Reads a search from a URL query string (`location.search`). Unknown types are dropped; a module
 * is kept as written and checked against the real modules by the caller.
 */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const type = params.get('type') ?? '';
  return {
    q: normalizeQuery(params.get('q') ?? ''),
    type: isType(type) ? type : '',
    module: normalizeQuery(params.get('module') ?? ''),
  };
}

/** The query string for a search, without empty parts: `?q=mirror&type=Lesson`, or '' for none. */
export function searchQueryString(state: Partial<SearchState>): string {
  const params = new URLSearchParams();
  const q = normalizeQuery(state.q ?? '');
  if (q) params.set('q', q);
  if (state.type && isType(state.type)) params.set('type', state.type);
  const module = normalizeQuery(state.module ?? '');
  if (module) params.set('module', module);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** A link to the search page showing this search. */
export function searchHref(state: Partial<SearchState>): string {
  return SEARCH_PATH + searchQueryString(state);
}

/** The Pagefind `filters` option for a search, or undefined when nothing is filtered. */
export function pagefindFilters(state: SearchState): Record<string, string> | undefined {
  const filters: Record<string, string> = {};
  if (state.type) filters.type = state.type;
  if (state.module) filters.module = state.module;
  return Object.keys(filters).length > 0 ? filters : undefined;
}

/** A run of excerpt text; `mark` is true where it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** An excerpt as plain text, without the ellipses at its ends. */
export function plainText(parts: ExcerptPart[]): string {
  return parts
    .map((p) => p.text)
    .join('')
    .replace(/^…\s*|\s*…$/g, '')
    .trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML character references Pagefind writes into its excerpts. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt (escaped text with `<mark>` around matches) into plain text runs, so
 * the page can render it as text nodes and never as HTML. Any other tag is kept as literal text.
 * Neighbouring marked words are joined into one run, with the space between them.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let at = 0;
  for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
    const between = decodeEntities(excerpt.slice(at, m.index));
    // A single space between two marks belongs to the highlighted phrase.
    if (between === ' ' && parts[parts.length - 1]?.mark) push(between, true);
    else push(between, false);
    push(decodeEntities(m[1] ?? ''), true);
    at = m.index + m[0].length;
  }
  push(decodeEntities(excerpt.slice(at)), false);
  return parts;
}

/** A scored word position, as Pagefind reports them. */
export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}
/** An element with an id, and the word position where it starts. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string | undefined;
  location: number;
}
/** The fields of Pagefind's result data that search reads (a subset of what `data()` returns). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: PagefindAnchor | undefined;
  locations?: number[] | undefined;
  weighted_locations?: WeightedLocation[] | undefined;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined> | undefined;
  sub_results?: PagefindSubResult[] | undefined;
  /** The page's indexed text; `locations` count its white-space separated words. */
  raw_content?: string | undefined;
  anchors?: PagefindAnchor[] | undefined;
  weighted_locations?: WeightedLocation[] | undefined;
}

/**
 * The id of a lesson's hidden block of search words (synonyms and common misspellings from its
 * `keywords`). Those words help a page be found, but are never shown as its excerpt.
 */
export const KEYWORDS_ANCHOR = 'search-keywords';

/** Words in an excerpt: about two lines. Pagefind is given the same length for its own excerpts. */
export const EXCERPT_WORDS = 26;

/** One section of a page that matched: a heading to link to, with its own excerpt. */
export interface SectionView {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
}

/** Everything one result shows. */
export interface ResultView {
  url: string;
  title: string;
  /** "Lesson", "Practice", "Glossary", "Safety", or another type as the page declared it. */
  type: string;
  /** The module title, for lessons (and drills that belong to one). */
  module: string;
  /** The matching passage, or the page's description when only its search words matched. */
  excerpt: ExcerptPart[];
  /** Search words the page was found through, when nothing in its text matched ("apology"). */
  relatedWords: string[];
  sections: SectionView[];
}

/** How many matching sections a result lists under its title. */
export const MAX_SECTIONS = 3;

function sectionScore(sub: PagefindSubResult): number {
  if (sub.weighted_locations?.length) return sub.weighted_locations.reduce((sum, w) => sum + w.balanced_score, 0);
  return sub.locations?.length ?? 0;
}

/** Keeps a result on this site: Pagefind's URLs are site paths, anything else becomes the page itself. */
function sitePath(url: string, fallback: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? url : fallback;
}

/**
 * A highlighted excerpt of `words` around the densest run of `hits`: the window of `length` words
 * with the highest total score, opening a few words before its first hit so it reads as a phrase.
 */
export function excerptAround(words: string[], hits: WeightedLocation[], length = EXCERPT_WORDS): ExcerptPart[] {
  if (words.length === 0 || length <= 0) return [];
  const size = Math.min(length, words.length);
  const lead = Math.floor(size / 5);
  let best = 0;
  let bestScore = -1;
  for (const hit of [...hits].sort((a, b) => a.location - b.location)) {
    const start = Math.max(0, Math.min(hit.location - lead, words.length - size));
    const score = hits.reduce(
      (sum, h) => (h.location >= start && h.location < start + size ? sum + h.balanced_score : sum),
      0,
    );
    if (score > bestScore) {
      best = start;
      bestScore = score;
    }
  }
  const marked = new Set(hits.map((h) => h.location));
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (best > 0) push('… ', false);
  for (let i = best; i < best + size; i++) {
    const word = words[i] ?? '';
    const mark = marked.has(i);
    // The space between two highlighted words belongs to the highlighted phrase.
    if (i > best) push(' ', mark && marked.has(i - 1));
    push(word, mark);
  }
  if (best + size < words.length) push(' …', false);
  return parts;
}

/**
 * The excerpt of a page that has a hidden block of search words: Pagefind would happily show that
 * block ("apology, apologize, appology..."), so the passage is chosen from the page's real text,
 * and a page found only through its search words shows its description and those words instead.
 * Returns undefined for pages without such a block: Pagefind's own excerpt is right for them.
 */
export function keywordAwareExcerpt(
  data: PagefindResultData,
  length = EXCERPT_WORDS,
): { excerpt: ExcerptPart[]; relatedWords: string[] } | undefined {
  const anchors = data.anchors ?? [];
  const block = anchors.find((a) => a.id === KEYWORDS_ANCHOR);
  if (!block || data.raw_content === undefined || !data.weighted_locations) return undefined;
  // Split exactly as Pagefind does, so its word positions index into the same list.
  const words = data.raw_content.split(/[^\S\uFEFF]+/g);
  const from = block.location;
  const to = Math.min(...anchors.filter((a) => a.location > from).map((a) => a.location), words.length);
  const inBlock = (loc: number) => loc >= from && loc < to;
  const outside = data.weighted_locations.filter((w) => !inBlock(w.location));
  if (outside.length > 0) {
    // Cut the block out of the text, and shift the positions after it to match.
    const text = [...words.slice(0, from), ...words.slice(to)];
    const shift = (w: WeightedLocation) => (w.location >= to ? { ...w, location: w.location - (to - from) } : w);
    return { excerpt: excerptAround(text, outside.map(shift), length), relatedWords: [] };
  }
  // One word per family: "apology, apologize, apologise" shows as "apology".
  const seen = new Set<string>();
  const relatedWords: string[] = [];
  for (const w of [...data.weighted_locations].sort((a, b) => a.location - b.location)) {
    const word = (words[w.location] ?? '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const family = word.toLowerCase().slice(0, 5);
    if (word && !seen.has(family)) {
      seen.add(family);
      relatedWords.push(word);
    }
  }
  const description = (data.meta.description ?? '').trim();
  return { excerpt: description ? [{ text: description, mark: false }] : [], relatedWords: relatedWords.slice(0, 3) };
}

/**
 * Shapes Pagefind's data for one page into what a result shows: title, type, module, highlighted
 * excerpt, and up to `maxSections` matching headings (best first) that link into the page.
 */
export function toResultView(data: PagefindResultData, maxSections = MAX_SECTIONS): ResultView {
  const url = sitePath(data.url, '/');
  const title = (data.meta.title ?? '').trim() || url;
  const rawType = data.filters?.type?.[0] ?? '';
  const known = SEARCH_TYPES.find((t) => t.value === rawType);
  const sections = (data.sub_results ?? [])
    .filter((s) => s.anchor && s.url !== data.url && s.title.trim() && s.title.trim() !== title)
    .map((s, i) => ({ s, i, score: sectionScore(s) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, Math.max(0, maxSections))
    .map(({ s }) => ({ title: s.title.trim(), url: sitePath(s.url, url), excerpt: excerptParts(s.excerpt) }));
  const own = keywordAwareExcerpt(data);
  const excerpt = own ? own.excerpt : excerptParts(data.excerpt);
  // A section whose passage is the one already shown above keeps its link, not a second copy.
  const shown = plainText(excerpt);
  for (const section of sections) if (plainText(section.excerpt) === shown) section.excerpt = [];
  return {
    url,
    title,
    type: known ? known.one : rawType,
    module: data.filters?.module?.[0] ?? '',
    excerpt,
    relatedWords: own ? own.relatedWords : [],
    sections,
  };
}

/** The label of a type filter value, for messages. */
export function typeLabel(type: SearchType | ''): string {
  return SEARCH_TYPES.find((t) => t.value === type)?.label ?? 'Everything';
}

/**
 * The sentence the status line says (and screen readers hear) after a search: how many results,
 * for what, and where the person has narrowed it.
 */
export function resultsMessage(state: SearchState, total: number): string {
  const where = [state.type ? typeLabel(state.type).toLowerCase() : '', state.module ? `“${state.module}”` : '']
    .filter(Boolean)
    .join(' in ');
  const scope = where ? ` in ${where}` : '';
  if (total === 0) return `Nothing found for “${state.q}”${scope}.`;
  return `${total} ${total === 1 ? 'result' : 'results'} for “${state.q}”${scope}.`;
}
