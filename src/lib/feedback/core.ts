// Shared types, the step that turns checks into a Feedback, and feeling words in context.
import { canon, quote, words, type Doc, type Span } from './text';
import { FEELING_FAMILIES, FEELING_NOUNS, FEEL_ONLY } from './lexicon';

export type Verdict = 'strong' | 'almost' | 'needs-work';
export interface Check {
  id: string;
  passed: boolean;
  message: string;
  span?: [number, number];
}
export interface Feedback {
  verdict: Verdict;
  score: number;
  checks: Check[];
}

interface Draft extends Check {
  weight: number;
  flag?: boolean; // a red-flag check ("no blame"): listed after named parts when passed, first when failed
}

/**
 * Collects the checks on one text. `add` quotes the words in `span` where the message has `{q}`;
 * `done` orders them (what worked first, then next steps, red flags first) and scores them so the
 * score agrees with the verdict.
 */
export function checks(doc: Doc) {
  const drafts: Draft[] = [];
  const add = (id: string, weight: number, passed: boolean, message: string, span?: Span | null, flag?: boolean) => {
    const d: Draft = { id, passed, weight, message: message.replace('{q}', '') };
    if (flag) d.flag = true;
    if (span && message.includes('{q}')) {
      const [q, sp] = quote(doc.raw, span);
      d.message = message.replace('{q}', q);
      d.span = sp;
    }
    drafts.push(d);
  };
  const done = (verdict: Verdict): Feedback => {
    let total = 0;
    let got = 0;
    for (const d of drafts) {
      total += d.weight;
      if (d.passed) got += d.weight;
    }
    const raw = got / total;
    const score = verdict === 'strong' ? 0.8 + 0.2 * raw : verdict === 'almost' ? 0.5 + 0.25 * raw : 0.45 * raw;
    const rank = (d: Draft) => (d.passed ? (d.flag ? 1 : 0) : d.flag ? 2 : 3);
    return {
      verdict,
      score: Math.round(score * 1000) / 1000,
      // a stable sort: equal ranks keep the order they were added in
      checks: drafts
        .sort((a, b) => rank(a) - rank(b) || (a.passed ? b.weight - a.weight : 0))
        .map(({ id, passed, message, span }) => (span ? { id, passed, message, span } : { id, passed, message })),
    };
  };
  return [add, done] as const;
}

export function empty(kind: string): Feedback {
  return {
    verdict: 'needs-work',
    score: 0,
    checks: [{ id: 'started', passed: false, message: `Write a sentence or two to start. ${kind}` }],
  };
}

/** One line for the UI: what worked, then the one next step. */
export function summarize(fb: Feedback): string {
  const good = fb.checks.find((c) => c.passed);
  const next = fb.checks.find((c) => !c.passed);
  return `${good ? good.message : 'You put it into words, and that is a start.'} ${next ? next.message : 'That has every part. Well done.'}`;
}

// ---- the feeling lexicon, by stem ----------------------------------------

interface Entry {
  word: string;
  parts: string[]; // canonical stems of each word of the entry
}
// First stem -> entries, longest first (multi-word entries before the single word).
const index = new Map<string, Entry[]>();
for (const f of FEELING_FAMILIES) {
  for (const { word } of f.words) {
    const parts = word.split(/[\s-]+/).map(canon);
    index.set(parts[0]!, [...(index.get(parts[0]!) ?? []), { word, parts }]);
  }
}
for (const list of index.values()) list.sort((a, b) => b.parts.length - a.parts.length);
const NOUNS = new Set(FEELING_NOUNS.split(',').map(canon));

/** The lexicon entry for the stems starting at index i (its length in words is parts.length). */
export const feelingAt = (stems: readonly (string | undefined)[], i: number) =>
  index.get(stems[i]!)?.find((e) => e.parts.every((p, k) => stems[i + k] === p));

/** True when `word` (any form: "worried", "Worry", "left out") is in the feeling lexicon. */
export function isFeelingWord(word: string): boolean {
  const parts = String(word)
    .toLowerCase()
    .trim()
    .split(/[\s-]+/)
    .map(canon);
  return feelingAt(parts, 0)?.parts.length === parts.length;
}

// ---- feelings in context -------------------------------------------------

const FEEL_HEADS = words('feel,feels,felt,feeling,feelin');
const BE_HEADS = words(
  "am,i'm,im,is,are,you're,youre,was,were,be,been,being,get,gets,got,getting,become,becomes,became,grow,grew,seem,seems,seemed,stay,remain",
);
const CAUSE_HEADS = words('makes,make,made,making,leaves,leave,left,leaving,keeps,keep,kept');
const MODS = words(
  'so,really,very,a,bit,little,lot,kind,sort,of,pretty,quite,too,more,most,extremely,incredibly,deeply,super,totally,completely,truly,just,also,both,kinda,somewhat,rather,genuinely,honestly,slightly,fairly,terribly,even,maybe,probably,perhaps,all,and,or,then,at,times,sometimes,often,always,still,such,some,much,actually,almost,feeling,feel,to,start,starting,end,up,especially,absolutely,seriously,real',
);

/**
 * Spans of feeling words in a "feeling position": after feel/felt/feeling, after be/get verbs whose
 * subject (up to four words before, same clause) is in `subj`, or after "makes/leaves <obj>".
 * Lists are followed: "sad and a bit lonely". `loose` accepts feel-forms with any subject.
 */
export function feelings(
  { toks, low }: Doc,
  subj: ReadonlySet<string>,
  obj: string,
  loose: boolean,
  skip: (i: number) => boolean,
): Span[] {
  const stems = toks.map((t) => t.c);
  const out: Span[] = [];
  const seen = new Set<number>();
  const n = toks.length;
  const add = (j: number, e: number) => {
    if (!seen.has(j) && !skip(j)) {
      seen.add(j);
      out.push([toks[j]!.s, e]);
    }
  };
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    const feel = FEEL_HEADS.has(t.w);
    let start = i + 1;
    if (CAUSE_HEADS.has(t.w)) {
      if (toks[start]?.w !== obj) continue;
      start++;
    } else if (feel || BE_HEADS.has(t.w)) {
      let ok = subj.has(t.w) || (feel && loose);
      for (let k = i - 1; k >= Math.max(0, i - 4) && !ok; k--) {
        if (/[.!?;,]/.test(low.slice(toks[k]!.e, toks[k + 1]!.s))) break;
        ok = subj.has(toks[k]!.w);
      }
      if (!ok) continue;
    } else continue;
    let feelSeen = feel;
    for (let j = start; j < Math.min(n, start + 8); j++) {
      const u = toks[j]!;
      if (/[.!?;:]/.test(low.slice(toks[j - 1]!.e, u.s))) break;
      if (FEEL_HEADS.has(u.w)) feelSeen = true;
      const hit = feelingAt(stems, j);
      if (hit && (feelSeen || !FEEL_ONLY.has(hit.word))) {
        j += hit.parts.length - 1;
        add(j - hit.parts.length + 1, toks[j]!.e);
      } else if (feelSeen && NOUNS.has(u.c)) add(j, u.e);
      else if (!MODS.has(u.w)) break;
    }
  }
  return out;
}
