// Text helpers: normalising, tokens with offsets, stems with a small cache, spans and quotes.
import { stemmer as stem } from 'stemmer';

export interface Tok {
  w: string; // lower-case word as written (apostrophes straightened)
  s: number; // start index in the text
  e: number; // end index (exclusive)
  c: string; // canonical stem
}
export interface Doc {
  raw: string; // the analysed prefix of the original text
  low: string; // same length as raw: lower case, straight quotes
  toks: Tok[];
}
export type Span = [number, number];
export interface Hit {
  span: Span;
  kind: string;
}

/** A set from a comma-separated word list. */
export const words = (list: string) => new Set(list.split(','));

// Irregular forms the stemmer cannot join.
const IRREGULAR: Record<string, string> = {};
for (const g of 'forget forgot forgotten|leave left|go went gone goes|say said says|tell told|feel felt|make made|come came|get got gotten|think thought|buy bought|spend spent|take took taken|give gave given|keep kept|know knew known|see saw seen|meet met|lose lost|pay paid|bring brought|hear heard|mean meant|send sent|sleep slept|eat ate eaten|drive drove driven|understand understood|do did done does|be was were been am is are|have had has|children child kids kid|people person|hurt hurts'.split(
  '|',
)) {
  const ws = g.split(' ');
  for (const w of ws) IRREGULAR[w] = stem(ws[0]!);
}

const cache = new Map<string, string>();

/** Canonical stem of one lower-case word (irregular forms joined, then Porter stem). */
export function canon(word: string): string {
  let c = cache.get(word);
  if (c === undefined) {
    const w = word.replace(/'s$/, '');
    c = IRREGULAR[w] ?? stem(w);
    if (cache.size > 20000) cache.clear();
    cache.set(word, c);
  }
  return c;
}

/** `n`, moved back one if it would split a surrogate pair. */
const fit = (s: string, n: number) => (/[\ud800-\udbff]/.test(s[n - 1]!) ? n - 1 : n);

const WORD = /[a-z0-9]+(?:'[a-z]+)?/g;

/** Only the first 5,000 characters are analysed; spans still index the original text. */
export function prep(text: unknown): Doc {
  let raw = typeof text === 'string' ? text : '';
  if (raw.length > 5000) raw = raw.slice(0, fit(raw, 5000));
  let low = raw.toLowerCase();
  if (low.length !== raw.length) low = raw.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  low = low.replace(/[\u2018\u2019\u201b\u02bc\u2032\u0060\u00b4]/g, "'").replace(/[\u201c\u201d\u201e\u2033]/g, '"');
  const toks: Tok[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(low); m; m = WORD.exec(low)) {
    toks.push({ w: m[0], s: m.index, e: m.index + m[0].length, c: canon(m[0]) });
  }
  return { raw, low, toks };
}

/** First match of any pattern (the earliest in the text): its span and kind. */
export function firstHit(low: string, pats: readonly (readonly [RegExp, string])[]): Hit | null {
  let best: Hit | null = null;
  for (const [re, kind] of pats) {
    const m = at(re, low);
    if (m && (!best || m[0] < best.span[0])) best = { span: trimSpan(low, ...m), kind };
  }
  return best;
}

/** Shrink a span so it starts and ends on a letter or digit (or ends on ? or !). */
export function trimSpan(low: string, s: number, e: number): Span {
  while (s < e && !/[a-z0-9]/.test(low[s]!)) s++;
  while (e > s && !/[a-z0-9?!]/.test(low[e - 1]!)) e--;
  return [s, e];
}

/** The text inside a span in curly quotes, clipped to a few words; returns it and the span it covers. */
export function quote(raw: string, [s, e]: Span): [string, Span] {
  const long = e - s > 48;
  if (long) {
    const cut = raw.lastIndexOf(' ', s + 48);
    e = cut > s + 10 ? cut : s + 48;
    while (e > s && raw[e - 1] === ' ') e--;
    e = fit(raw, e);
  }
  return [`\u201c${raw.slice(s, e)}${long ? '\u2026' : ''}\u201d`, [s, e]];
}

/** Compile a phrase source into one word-bounded regex (input is already lower case). */
export function rx(src: string, flags = ''): RegExp {
  // "(" opens a non-capturing group in the phrase data, to keep it short.
  return new RegExp(`(?<![a-z0-9'])(?:${src.replace(/\((?!\?)/g, '(?:')})(?![a-z0-9])`, flags);
}

/** Span of the first match, or null. */
export function at(re: RegExp, s: string): Span | null {
  re.lastIndex = 0;
  const m = re.exec(s);
  return m ? [m.index, m.index + m[0].length] : null;
}

/**
 * Spans of up to 20 matches of a global regex; with `toEnd`, each runs to the end of its sentence
 * and the search goes on after it.
 */
export function spansOf(re: RegExp, low: string, toEnd?: boolean): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(low); m && out.length < 20; m = re.exec(low)) {
    out.push([m.index, toEnd ? sentenceEnd(low, m.index) : m.index + m[0].length]);
    re.lastIndex = Math.max(re.lastIndex, out[out.length - 1]![1]);
  }
  return out;
}

/** Index of the first token starting at or after `pos` (toks.length if none). */
export function tokFrom(toks: readonly Tok[], pos: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.s < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Span from `start` through up to `n` more words, stopping at a sentence break. */
export function phraseSpan({ toks, low }: Doc, start: number, n: number): Span {
  let i = tokFrom(toks, start);
  let end = start;
  for (let k = 0; k <= n && i < toks.length; k++, i++) {
    const t = toks[i]!;
    if (k && /[.!?;,:]/.test(low.slice(end, t.s))) break;
    end = t.e;
  }
  return trimSpan(low, start, Math.max(end, start));
}

/** End of the sentence containing `pos`. */
export function sentenceEnd(low: string, pos: number): number {
  const m = /[.!?;\n]/g;
  m.lastIndex = pos;
  return m.exec(low)?.index ?? low.length;
}
