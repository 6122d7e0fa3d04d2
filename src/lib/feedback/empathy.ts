// Empathy: imagined feelings named with feeling words, and a check-in; no fixing, no "me too".
import { prep, rx, at, firstHit, sentenceEnd, spansOf, tokFrom, words, type Hit } from './text';
import { checks, empty, feelingAt, feelings, type Feedback } from './core';
import { IMAGINE, CHECK_IN, EMPATHY_SELF, EMPATHY_FIX, EMPATHY_THOUGHT, BLAME, YOU_ABSOLUTE } from './phrases';
import { FEEL_ONLY } from './lexicon';

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
const YOU = words("you,you're,youre,you've,you'd,you'll,yourself");
const SOFT = words(
  'a,bit,little,also,really,so,very,kind,of,maybe,still,quite,pretty,more,and,at,the,same,time,perhaps,deeply,somewhat',
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

  const thoughts = spansOf(THOUGHT_RX, low, true);
  const inThought = (i: number) => thoughts.some(([s, e]) => toks[i]!.s >= s && toks[i]!.s < e);

  let hits = feelings(doc, YOU, 'you', true, inThought);
  // Looser: a feeling word named anywhere ("Lonely, maybe?"), not negated, as written.
  if (!hits.length) {
    for (let i = 0; i < toks.length && hits.length < 3; i++) {
      const h = feelingAt(stems, i);
      if (!h || FEEL_ONLY.has(h.word) || inThought(i)) continue;
      const len = h.parts.length;
      const prev = toks[i - 1]?.w ?? '';
      if ((len > 1 || toks[i]!.w === h.word) && !/^(not|be|don't)$|n't$/.test(prev)) {
        hits.push([toks[i]!.s, toks[i + len - 1]!.e]);
        i += len - 1;
      }
    }
  }

  let flag: Hit | null = firstHit(low, FLAGS);
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
    const [s, e] = flag.span;
    hits = hits.filter(([h]) => h < s || h > e);
  }

  const imagine = at(IMAGINE_RX, low);
  const chk = at(CHECK_RX, low);

  const [add, done] = checks(doc);
  if (imagine) add('imagine', 1, true, 'You imagined their side: {q}.', imagine);
  else add('imagine', 1, false, 'Next, lead in with \u201cI imagine you might be feeling\u2026\u201d.');
  if (hits[0]) add('feelings', 4, true, 'You named a feeling: {q}.', hits[0]);
  else add('feelings', 4, false, 'Next, name a feeling or two, such as sad, lonely, scared or hurt.');
  if (flag) add('stay-with-them', 3, false, MSG[flag.kind]!, flag.span, true);
  else add('stay-with-them', 3, true, 'You stayed with their feelings.', null, true);
  if (chk)
    add('check-in', 1, true, 'You checked in: {q}.', [chk[0], Math.min(sentenceEnd(low, chk[0]) + 1, low.length)]);
  else add('check-in', 1, false, 'Next, ask: \u201cIs that what you feel?\u201d');
  return done(flag || !hits.length ? 'needs-work' : imagine && chk ? 'strong' : 'almost');
}
