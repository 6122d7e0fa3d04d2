// Text helpers: normalising, tokens with offsets, stems with a small cache, quoting spans.
import { stemmer } from 'stemmer';

/** Only the first MAX_LEN characters are analysed; spans still index the original text. */
export const MAX_LEN = 5000;

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

// Irregular forms the stemmer cannot join.
const IRREGULAR: Record<string, string> = {};
for (const g of 'forget forgot forgotten|leave left|go went gone goes|say said says|tell told|feel felt|make made|come came|get got gotten|think thought|buy bought|spend spent|take took taken|give gave given|keep kept|know knew known|see saw seen|meet met|lose lost|pay paid|bring brought|hear heard|mean meant|send sent|sleep slept|eat ate eaten|drive drove driven|understand understood|do did done does|be was were been am is are|have had has|children child kids kid|people person|hurt hurts'.split(
  '|',
)) {
  const ws = g.split(' ');
  for (const w of ws) IRREGULAR[w] = ws[0]!;
}

const cache = new Map<string, string>();

/** Canonical stem of one lower-case word (irregular forms joined, then Porter stem). */
export function canon(word: string): string {
  let c = cache.get(word);
  if (c !== undefined) return c;
  const w = word.replace(/'s$/, '');
  c = IRREGULAR[w] ?? stemmer(w);
  if (cache.size > 20000) cache.clear();
  cache.set(word, c);
  return c;
}

const CURLY = /[\u2018\u2019\u201b\u02bc\u2032\u0060\u00b4]/g;
const DCURLY = /[\u201c\u201d\u201e\u2033]/g;
const WORD = /[a-z0-9]+(?:'[a-z]+)?/g;

export function prep(text: unknown): Doc {
  let raw = typeof text === 'string' ? text : '';
  if (raw.length > MAX_LEN) {
    let n = MAX_LEN;
    const code = raw.charCodeAt(n - 1);
    if (code >= 0xd800 && code <= 0xdbff) n--;
    raw = raw.slice(0, n);
  }
  let low = raw.toLowerCase();
  if (low.length !== raw.length) low = raw.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  low = low.replace(CURLY, "'").replace(DCURLY, '"');
  const toks: Tok[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(low); m; m = WORD.exec(low)) {
    toks.push({ w: m[0], s: m.index, e: m.index + m[0].length, c: canon(m[0]) });
  }
  return { raw, low, toks };
}

export type Span = [number, number];

export interface Hit {
  span: Span;
  kind: string;
}

/** First match of any pattern (in list order of position): returns its span and kind. */
export function firstHit(low: string, pats: readonly (readonly [RegExp, string])[]): Hit | null {
  let best: Hit | null = null;
  for (const [re, kind] of pats) {
    re.lastIndex = 0;
    const m = re.exec(low);
    if (m && (!best || m.index < best.span[0])) best = { span: trimSpan(low, m.index, m.index + m[0].length), kind };
  }
  return best;
}

/** Shrink a span so it starts and ends on a letter or digit. */
export function trimSpan(low: string, s: number, e: number): Span {
  while (s < e && !/[a-z0-9]/.test(low[s]!)) s++;
  while (e > s && !/[a-z0-9?!]/.test(low[e - 1]!)) e--;
  return [s, e];
}

const MAX_QUOTE = 48;

/** Quote the text inside a span (clipped to a few words); returns the quote and the span it covers. */
export function quote(raw: string, span: Span): { q: string; span: Span } {
  const s = span[0];
  let e = span[1];
  if (e - s > MAX_QUOTE) {
    const cut = raw.lastIndexOf(' ', s + MAX_QUOTE);
    e = cut > s + 10 ? cut : s + MAX_QUOTE;
    while (e > s && raw[e - 1] === ' ') e--;
    const code = raw.charCodeAt(e - 1);
    if (code >= 0xd800 && code <= 0xdbff) e--;
    return { q: `\u201c${raw.slice(s, e)}\u2026\u201d`, span: [s, e] };
  }
  return { q: `\u201c${raw.slice(s, e)}\u201d`, span: [s, e] };
}

/** Span covering tokens i..j (inclusive), clipped to `max` tokens. */
export function tokSpan(toks: readonly Tok[], i: number, j: number, max = 6): Span {
  const a = toks[i]!;
  const b = toks[Math.min(j, i + max - 1, toks.length - 1)]!;
  return [a.s, b.e];
}

/** Compile phrase sources into one word-bounded regex (input is already lower case). */
export function rx(list: readonly string[] | string, flags = ''): RegExp {
  // "(" opens a non-capturing group in the phrase data, to keep it short.
  const src = (typeof list === 'string' ? list : list.join('|')).replace(/\((?!\?)/g, '(?:');
  return new RegExp(`(?<![a-z0-9'])(?:${src})(?![a-z0-9])`, flags);
}

/** Span of the first match, or null. */
export function at(re: RegExp, s: string): Span | null {
  re.lastIndex = 0;
  const m = re.exec(s);
  return m ? [m.index, m.index + m[0].length] : null;
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
export function phraseSpan(doc: Doc, start: number, n: number): Span {
  const { toks, low } = doc;
  let i = tokFrom(toks, start);
  let end = start;
  for (let k = 0; k <= n && i < toks.length; k++, i++) {
    const t = toks[i]!;
    if (k > 0 && /[.!?;,:]/.test(low.slice(end, t.s))) break;
    end = t.e;
  }
  return trimSpan(low, start, Math.max(end, start));
}

/** End of the sentence containing `pos`. */
export function sentenceEnd(low: string, pos: number): number {
  const m = /[.!?;\n]/g;
  m.lastIndex = pos;
  const r = m.exec(low);
  return r ? r.index : low.length;
}
