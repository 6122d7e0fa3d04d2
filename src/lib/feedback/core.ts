// Shared types and the step that turns checks into a Feedback.
import { quote, type Doc, type Span } from './text';
import { feelingAt as feelingAt_, isFeelingNoun as isFeelingNoun_, FEEL_ONLY as FEEL_ONLY_ } from './lexicon';
// Local bindings: hot paths avoid re-reading module exports (cheaper under test runners too).
const feelingAt = feelingAt_;
const isFeelingNoun = isFeelingNoun_;
const FEEL_ONLY = FEEL_ONLY_;

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

export interface Draft extends Check {
  weight: number;
  flag?: boolean; // a red-flag check ("no blame"): listed after named parts when passed, first when failed
}

/** Build a check whose message quotes the words in `span` where the message has `{q}`. */
export function check(
  id: string,
  passed: boolean,
  weight: number,
  doc: Doc,
  message: string,
  span?: Span | null,
  flag?: boolean,
): Draft {
  const d: Draft = { id, passed, weight, message };
  if (flag) d.flag = true;
  if (span && message.includes('{q}')) {
    const { q, span: sp } = quote(doc.raw, span);
    d.message = message.replace('{q}', q);
    d.span = sp;
  } else d.message = message.replace('{q}', '');
  return d;
}

/** Order: what worked first, then next steps (red flags first); score agrees with the verdict. */
export function finish(drafts: Draft[], verdict: Verdict): Feedback {
  let total = 0;
  let got = 0;
  for (const d of drafts) {
    total += d.weight;
    if (d.passed) got += d.weight;
  }
  const raw = total > 0 ? got / total : 0;
  const score = verdict === 'strong' ? 0.8 + 0.2 * raw : verdict === 'almost' ? 0.5 + 0.25 * raw : 0.45 * raw;
  // What worked (named parts first, then the absence of red flags), then next steps (red flags first).
  const rank = (d: Draft) => (d.passed ? (d.flag ? 1 : 0) : d.flag ? 2 : 3);
  const checks = drafts
    .map((d, i) => [d, i] as const)
    .sort((a, b) => rank(a[0]) - rank(b[0]) || (a[0].passed ? b[0].weight - a[0].weight : 0) || a[1] - b[1])
    .map(([d]) => d)
    .map(({ id, passed: p, message, span }) => (span ? { id, passed: p, message, span } : { id, passed: p, message }));
  return { verdict, score: Math.round(score * 1000) / 1000, checks };
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
  const parts: string[] = [];
  parts.push(good ? good.message : 'You put it into words, and that is a start.');
  if (next) parts.push(next.message);
  else parts.push('That has every part. Well done.');
  return parts.join(' ');
}

// ---- feelings in context -------------------------------------------------

export interface FeelingHit {
  span: Span;
  word: string;
  family: string;
  i: number; // token index
}

const FEEL_HEADS = new Set(['feel', 'feels', 'felt', 'feeling', 'feelin']);
const BE_HEADS = new Set(
  "am,i'm,im,is,are,you're,youre,was,were,be,been,being,get,gets,got,getting,become,becomes,became,grow,grew,seem,seems,seemed,stay,remain".split(
    ',',
  ),
);
const CAUSE_HEADS = new Set('makes,make,made,making,leaves,leave,left,leaving,keeps,keep,kept'.split(','));
const MODS = new Set(
  'so,really,very,a,bit,little,lot,kind,sort,of,pretty,quite,too,more,most,extremely,incredibly,deeply,super,totally,completely,truly,just,also,both,kinda,somewhat,rather,genuinely,honestly,slightly,fairly,terribly,even,maybe,probably,perhaps,all,and,or,then,at,times,sometimes,often,always,still,such,some,much,actually,almost,feeling,feel,to,start,starting,end,up,especially,absolutely,seriously,real'.split(
    ',',
  ),
);

/**
 * Feeling words in a "feeling position": after feel/felt/feeling, after be/get verbs whose subject
 * (up to four words before, same clause) is in `subj`, or after "makes/leaves <obj>".
 * Lists are followed: "sad and a bit lonely". `loose` accepts feel-forms with any subject.
 */
export function feelings(
  doc: Doc,
  subj: ReadonlySet<string>,
  obj: string,
  loose = false,
  skip?: (i: number) => boolean,
): FeelingHit[] {
  const { toks, low } = doc;
  const stems = toks.map((t) => t.c);
  const out: FeelingHit[] = [];
  const seen = new Set<number>();
  const n = toks.length;
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    const feel = FEEL_HEADS.has(t.w);
    let start = i + 1;
    if (CAUSE_HEADS.has(t.w)) {
      if (toks[i + 1]?.w !== obj) continue;
      start = i + 2;
    } else if (feel || BE_HEADS.has(t.w)) {
      let ok = subj.has(t.w) || (feel && loose);
      for (let k = i - 1; k >= Math.max(0, i - 4) && !ok; k--) {
        if (/[.!?;,]/.test(low.slice(toks[k]!.e, toks[k + 1]!.s))) break;
        if (subj.has(toks[k]!.w)) ok = true;
      }
      if (!ok) continue;
    } else continue;
    let feelSeen = feel;
    for (let j = start; j < Math.min(n, start + 8); j++) {
      const u = toks[j]!;
      if (/[.!?;:]/.test(low.slice(toks[j - 1]!.e, u.s))) break;
      if (FEEL_HEADS.has(u.w)) feelSeen = true;
      const hit = feelingAt(stems, j);
      if (hit && (feelSeen || !FEEL_ONLY.has(hit.entry.word))) {
        if (!seen.has(j) && !skip?.(j)) {
          seen.add(j);
          out.push({ span: [u.s, toks[j + hit.len - 1]!.e], word: hit.entry.word, family: hit.entry.family, i: j });
        }
        j += hit.len - 1;
        continue;
      }
      if (feelSeen && isFeelingNoun(u.c)) {
        if (!seen.has(j) && !skip?.(j)) {
          seen.add(j);
          out.push({ span: [u.s, u.e], word: u.w, family: 'noun', i: j });
        }
        continue;
      }
      if (MODS.has(u.w)) continue;
      break;
    }
  }
  return out;
}
