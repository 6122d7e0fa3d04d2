// Empathy: imagined feelings named with feeling words, and a check-in; no fixing, no "me too".
import { prep, rx, at, firstHit, sentenceEnd, tokFrom, type Span } from './text';
import { check, finish, empty, feelings, type Draft, type Feedback, type Verdict, type FeelingHit } from './core';
import { IMAGINE, CHECK_IN, EMPATHY_SELF, EMPATHY_FIX, EMPATHY_THOUGHT, BLAME, YOU_ABSOLUTE } from './phrases';
import { feelingAt as feelingAt_, FEEL_ONLY as FEEL_ONLY_ } from './lexicon';
// Local bindings: hot paths avoid re-reading module exports (cheaper under test runners too).
const feelingAt = feelingAt_;
const FEEL_ONLY = FEEL_ONLY_;

const IMAGINE_RX = rx(IMAGINE);
const CHECK_RX = rx(CHECK_IN);
const THOUGHT_RX = rx(EMPATHY_THOUGHT, 'g');
const BUT_RX = rx('but|however|although|even though|though', 'g');
const FLAGS = [
  [rx(EMPATHY_SELF), 'self'],
  [rx(EMPATHY_FIX), 'fix'],
  [rx(YOU_ABSOLUTE), 'blame'],
  ...(['label', 'sarcasm', 'fault', 'hostile'] as const).map((k) => [rx(BLAME[k]!), 'blame'] as const),
] as const;
const YOU = new Set(['you', "you're", 'youre', "you've", "you'd", "you'll", 'yourself']);
const SOFT = new Set(
  'a,bit,little,also,really,so,very,kind,of,maybe,still,quite,pretty,more,and,at,the,same,time,perhaps,deeply,somewhat'.split(
    ',',
  ),
);

const MSG: Record<string, string> = {
  self: '{q} turns to your own story. Next, stay with theirs: \u201cI imagine you feel\u2026\u201d.',
  fix: '{q} moves to fixing or cheering up. Next, stay with the feeling for now.',
  but: '{q} takes some of it back. Next, leave it out and stay with their feeling.',
  blame: '{q} can sound like blame. Next, stay with what they might feel.',
  thought: '{q} describes a thought, not a feeling. Next, name the feeling: \u201cI imagine you feel lonely\u201d.',
};

export function reviewEmpathy(text: string): Feedback {
  const doc = prep(text);
  if (!doc.toks.length) return empty('Try: \u201cI imagine you might be feeling\u2026 Is that what you feel?\u201d');
  const { low, toks } = doc;
  const stems = toks.map((t) => t.c);

  const thoughts: Span[] = [];
  THOUGHT_RX.lastIndex = 0;
  for (let m = THOUGHT_RX.exec(low); m && thoughts.length < 20; m = THOUGHT_RX.exec(low)) {
    thoughts.push([m.index, sentenceEnd(low, m.index)]);
  }
  const inThought = (i: number) => thoughts.some(([s, e]) => toks[i]!.s >= s && toks[i]!.s < e);

  let hits: FeelingHit[] = feelings(doc, YOU, 'you', true, inThought);
  if (!hits.length) {
    // Looser: a feeling word named anywhere ("Lonely, maybe?"), not negated.
    for (let i = 0; i < toks.length && hits.length < 3; i++) {
      const h = feelingAt(stems, i);
      if (!h || FEEL_ONLY.has(h.entry.word) || inThought(i)) continue;
      if (h.len === 1 && toks[i]!.w !== h.entry.word) continue; // exact word only when loose
      const prev = toks[i - 1]?.w ?? '';
      if (prev === 'not' || prev.endsWith("n't") || prev === 'be' || prev === "don't") continue;
      hits.push({ span: [toks[i]!.s, toks[i + h.len - 1]!.e], word: h.entry.word, family: h.entry.family, i });
      i += h.len - 1;
    }
  }

  let flag = firstHit(low, FLAGS);
  BUT_RX.lastIndex = 0;
  for (let m = BUT_RX.exec(low); m; m = BUT_RX.exec(low)) {
    let j = tokFrom(toks, m.index + m[0].length);
    while (j < toks.length && SOFT.has(toks[j]!.w)) j++;
    if (feelingAt(stems, j)) continue; // "hopeful but scared"
    if (!flag || m.index < flag.span[0]) flag = { span: [m.index, m.index + m[0].length], kind: 'but' };
    break;
  }
  const thought = thoughts[0];
  if (thought && (!flag || thought[0] < flag.span[0])) {
    flag = { span: [thought[0], Math.min(thought[1], thought[0] + 40)], kind: 'thought' };
  }
  hits = hits.filter((h) => !flag || flag.kind !== 'thought' || h.span[0] < flag.span[0] || h.span[0] > flag.span[1]);

  const imagine = at(IMAGINE_RX, low);
  const chk = at(CHECK_RX, low);

  const d: Draft[] = [];
  d.push(
    imagine
      ? check('imagine', true, 1, doc, 'You imagined their side: {q}.', imagine)
      : check('imagine', false, 1, doc, 'Next, lead in with \u201cI imagine you might be feeling\u2026\u201d.'),
  );
  d.push(
    hits[0]
      ? check('feelings', true, 4, doc, 'You named a feeling: {q}.', hits[0].span)
      : check('feelings', false, 4, doc, 'Next, name a feeling or two, such as sad, lonely, scared or hurt.'),
  );
  d.push(
    flag
      ? check('stay-with-them', false, 3, doc, MSG[flag.kind] ?? MSG.fix!, flag.span, true)
      : check('stay-with-them', true, 3, doc, 'You stayed with their feelings.', null, true),
  );
  d.push(
    chk
      ? check('check-in', true, 1, doc, 'You checked in: {q}.', [
          chk[0],
          Math.min(sentenceEnd(low, chk[0]) + 1, low.length),
        ])
      : check('check-in', false, 1, doc, 'Next, ask: \u201cIs that what you feel?\u201d'),
  );
  let verdict: Verdict;
  if (flag || !hits.length) verdict = 'needs-work';
  else if (!imagine || !chk) verdict = 'almost';
  else verdict = 'strong';
  return finish(d, verdict);
}
