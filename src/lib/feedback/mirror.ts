// Mirroring: compare the mirror with the sender's words (pronouns swapped, word forms, synonyms).
import { prep, rx, canon, phraseSpan, spansOf, words, type Span, type Tok, type Hit } from './text';
import { checks, empty, type Feedback } from './core';
import { LEAD_IN, CHECK_IN, FRAME_WORDS, MIRROR_ADDED } from './phrases';

const LEAD_RX = rx(LEAD_IN, 'g');
const CHECK_RX = rx(CHECK_IN, 'g');
const ADDED_RX = Object.entries(MIRROR_ADDED).map(([k, v]) => [rx(v, 'g'), k] as const);
const ADD_MSG: Record<string, string> = {
  rebuttal: '{q} adds your side. Next, leave it out for now and say back only what you heard.',
  interpretation: '{q} reads into their words. Next, use only what they said.',
  fixing: '{q} moves to fixing. Next, simply say back what you heard.',
};

const STOP = words(
  'a,an,the,and,or,so,to,of,in,on,at,for,with,from,by,as,into,up,out,over,off,it,its,this,that,these,those,there,here,i,im,me,my,mine,myself,you,your,yours,yourself,we,us,our,they,them,their,he,him,his,she,her,is,am,are,was,were,be,been,being,do,does,did,done,have,has,had,will,would,can,could,should,shall,may,might,must,just,really,very,quite,too,also,then,than,when,whenever,while,if,because,since,what,which,who,how,why,where,get,gets,got,getting,some,any,all,every,each,much,many,more,most,lot,lots,bit,little,kind,sort,like,even,still,only,again,about,though,such,one,ever,way,thing,things,something,anything,everything,back,go,going,went,come,came,make,made,let,yeah,oh,well,ok,okay,um',
);
/** A stop word, or a contraction of one ("you're", "that's", "let's"). */
export const isStop = (w: string) => STOP.has(w) || (w.includes("'") && STOP.has(w.slice(0, w.indexOf("'"))));
const NEG = words('not,no,never,nothing,nobody,none');
const FRAME = new Set(FRAME_WORDS.split(',').map(canon));

// Common synonyms: each group maps to its first member's stem.
const SYN = new Map<string, string>();
for (const g of 'work job shift|home house|kids children child|talk speak chat discuss|scared afraid frightened fear|angry mad|tired exhausted drained worn|worried anxious nervous worry|money finances cash|buy purchase|text message|dinner meal|clean tidy|mess messy clutter|want like wish hope love|plan schedule|quiet calm peace|fight argument argue|care concern|hurt pain|embarrassed humiliated ashamed|lonely alone|parents family|happy glad|space time'.split(
  '|',
)) {
  const ws = g.split(' ').map(canon);
  for (const w of ws) if (!SYN.has(w)) SYN.set(w, ws[0]!);
}

const FIRST = words("i,i'm,im,i've,i'd,i'll,my,me,myself");
const SECOND = words("you,you're,you've,you'd,you'll,your,yourself");

/** The word's comparison key: 'not' for negations, its synonym group's stem, or null for small words. */
const key = (t: Tok) =>
  NEG.has(t.w) || t.w.endsWith("n't") ? 'not' : isStop(t.w) || t.w.length < 2 ? null : (SYN.get(t.c) ?? t.c);

/** Content words, and which ones follow a first- or second-person pronoun. */
function scan(toks: readonly Tok[], skip: (t: Tok) => boolean = () => false) {
  const keys = new Set<string>();
  const first = new Map<string, Tok>(); // content word right after I/my -> the pronoun
  const second = new Set<string>(); // content word right after you/your
  toks.forEach((t, i) => {
    if (skip(t)) return;
    const k = key(t);
    if (k) keys.add(k);
    const fp = FIRST.has(t.w);
    if (!fp && !SECOND.has(t.w)) return;
    for (let j = i + 1; j < Math.min(toks.length, i + 4); j++) {
      const n = key(toks[j]!);
      if (n && n !== 'not') {
        if (!fp) second.add(n);
        else if (!first.has(n)) first.set(n, t);
        break;
      }
    }
  });
  return { keys, first, second };
}

// The sender's words seen from the listener's side ("I feel" -> "you feel", "you" -> "I"/"me").
const SWAP = new Map<string, string>();
for (const p of "i you|me you|my your|mine yours|myself yourself|i'm you're|i've you've|i'd you'd|i'll you'll|am are".split(
  '|',
)) {
  const [a, b] = p.split(' ') as [string, string];
  SWAP.set(a, b);
  if (a !== 'me' && a !== 'am') SWAP.set(b, a);
}
const OBJ_NEXT =
  /^(?:\W*$|[.,!?;]|\s+(?:to|and|for|about|when|so|more|too|at|in|on|with|that|if|but|or|again|first)\b)/;
const swapped = (low: string) =>
  low.replace(
    /(?<![a-z'])(?:i|me|my|mine|myself|you|your|yours|yourself|am)(?:'[a-z]+)?(?![a-z'])/g,
    (w, off: number) => (w === 'you' ? (OBJ_NEXT.test(low.slice(off + 3, off + 16)) ? 'me' : 'i') : (SWAP.get(w) ?? w)),
  );

export function reviewMirror(original: string, mirror: string): Feedback {
  const m = prep(mirror);
  if (!m.toks.length) return empty('Start with \u201cIf I got it, you said\u2026\u201d.');
  const o = prep(original);
  const leads = spansOf(LEAD_RX, m.low);
  const chks = spansOf(CHECK_RX, m.low, true);
  const lead = leads[0];
  const chk = chks[0];
  const frame = [...leads, ...chks];
  const inFrame = (t: Tok) => frame.some(([s, e]) => t.s >= s && t.e <= e);

  // Content covered and content added.
  const os = scan(o.toks);
  const ms = scan(m.toks, inFrame);
  const added: Tok[] = [];
  const addedKeys = new Set<string>();
  let firstCovered: Tok | undefined;
  let bodySize = 0;
  for (const t of m.toks) {
    const k = key(t);
    if (!k || FRAME.has(k) || inFrame(t)) continue;
    bodySize++;
    if (os.keys.has(k)) firstCovered ??= t;
    else if (!FRAME.has(t.c) && !addedKeys.has(k)) {
      addedKeys.add(k);
      added.push(t);
    }
  }
  let covered = 0;
  for (const k of os.keys) if (ms.keys.has(k)) covered++;
  const coverage = os.keys.size ? covered / os.keys.size : 1;

  // Unswapped pronouns: "I feel" kept as "I feel" instead of "you feel".
  let unswapped: Span | undefined;
  for (const [n, t] of ms.first) {
    if (!unswapped && os.first.has(n) && !os.second.has(n) && !ms.second.has(n)) unswapped = phraseSpan(m, t.s, 2);
  }

  // Added phrases that were not in the sender's words.
  const oSwap = swapped(o.low);
  let addedHit: Hit | undefined;
  for (const [re, kind] of ADDED_RX) {
    re.lastIndex = 0;
    for (let r = re.exec(m.low); r; r = re.exec(m.low)) {
      if (!o.low.includes(r[0]) && !oSwap.includes(r[0])) {
        if (!addedHit || r.index < addedHit.span[0]) addedHit = { span: [r.index, r.index + r[0].length], kind };
        break;
      }
    }
  }
  const addedTooMuch = added.length >= 3 && added.length / Math.max(1, bodySize) > 0.4;
  const offTopic = os.keys.size > 0 && coverage < 0.3;
  const partial = !offTopic && coverage < 0.55;

  const [add, done] = checks(m);
  if (lead) add('lead-in', 1, true, 'You opened with a mirroring lead-in: {q}.', lead);
  else add('lead-in', 1, false, 'Next, open with a lead-in such as \u201cIf I got it, you said\u2026\u201d.');
  if (addedHit) add('nothing-added', 3, false, ADD_MSG[addedHit.kind]!, addedHit.span, true);
  else if (addedTooMuch && !offTopic) {
    add(
      'nothing-added',
      3,
      false,
      '{q} was not in their words. Next, stick to what they said.',
      phraseSpan(m, added[0]!.s, 2),
      true,
    );
  } else add('nothing-added', 3, true, 'You added nothing of your own.', null, true);
  if (offTopic) {
    const head = o.raw.slice(o.toks[0]!.s, o.toks[Math.min(5, o.toks.length - 1)]!.e);
    add(
      'content',
      4,
      false,
      `This seems to be about something else. Next, say back their own words: \u201c${head}${o.toks.length > 6 ? '\u2026' : ''}\u201d.`,
      null,
      true,
    );
  } else if (partial) {
    const missed = o.toks.filter((t) => (key(t) ?? 'not') !== 'not' && !ms.keys.has(key(t)!));
    add(
      'content',
      4,
      false,
      `You caught part of it. Next, add what you left out, such as \u201c${[...new Set(missed.map((t) => o.raw.slice(t.s, t.e)))].slice(0, 3).join(', ')}\u201d.`,
    );
  } else {
    add(
      'content',
      4,
      true,
      'You stayed close to their words, like {q}.',
      firstCovered && phraseSpan(m, firstCovered.s, 3),
    );
  }
  if (unswapped) {
    add(
      'perspective',
      1,
      false,
      '{q} speaks from your side. Next, swap the pronouns: \u201cyou feel\u2026 when I\u2026\u201d.',
      unswapped,
    );
  }
  if (chk) add('check-in', 1, true, 'You checked in: {q}.', [chk[0], Math.min(chk[1] + 1, m.raw.length)]);
  else add('check-in', 1, false, 'Next, end with a check-in: \u201cDid I get that? Is there more?\u201d');

  return done(
    addedHit || offTopic || addedTooMuch ? 'needs-work' : partial || !lead || !chk || unswapped ? 'almost' : 'strong',
  );
}
