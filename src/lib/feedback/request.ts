// Requests: positive, specific, bounded in time, and asked rather than demanded.
import { prep, rx, at, firstHit, phraseSpan, tokFrom, words } from './text';
import { checks, empty, type Feedback } from './core';
import { ASK, SOFT_DEMAND, DEMAND, REQUEST_NEGATIVE, VAGUE, BOUNDED, UNBOUNDED, BLAME } from './phrases';
import { isStop } from './mirror';

const ASK_RX = rx(ASK);
const SOFT_RX = rx(SOFT_DEMAND);
const DEMAND_RX = rx(DEMAND);
const NEG_RX = rx(REQUEST_NEGATIVE);
const VAGUE_RX = rx(VAGUE);
const BOUND_RX = rx(BOUNDED);
const UNBOUND_RX = rx(UNBOUNDED);
const BLAME_RX = (
  ['absolute', 'label', 'sarcasm', 'mind-read', 'fault', 'hostile', 'make-me', 'if-loved', 'why'] as const
).map((k) => [rx(BLAME[k]!), k] as const);
const FRAME = words(
  'willing,open,please,mind,consider,love,appreciate,ask,wonder,wondering,okay,ok,possible,maybe,perhaps,think,feel,need,want,request,asking',
);
const SKIP = words(
  'be,willing,open,to,please,mind,consider,kindly,maybe,just,try,up,for,able,you,it,if,would,could,like,love,appreciate,we',
);
const ASK_US = '\u201cWould you be willing to\u2026?\u201d';
const WHEN = 'add when or how often, like \u201con Sunday evenings this month\u201d.';

export function reviewRequest(text: string): Feedback {
  const doc = prep(text);
  if (!doc.toks.length) return empty('Try: \u201cWould you be willing to\u2026 on\u2026?\u201d');
  const { low, toks } = doc;
  const ask = at(ASK_RX, low);
  const soft = ask ? null : at(SOFT_RX, low);
  const demand = at(DEMAND_RX, low);
  const negative = at(NEG_RX, low);
  const vague = at(VAGUE_RX, low);
  const blame = firstHit(low, BLAME_RX);
  const bound = at(BOUND_RX, low);
  const specific = !vague && toks.some((t) => !isStop(t.w) && !FRAME.has(t.w) && t.w.length > 1);

  const [add, done] = checks(doc);
  if (demand) add('asked', 2, false, `{q} sounds like a demand. Next, ask: ${ASK_US}`, demand, true);
  else if (ask) add('asked', 2, true, 'You asked rather than told: {q}.', ask);
  else if (soft) add('asked', 2, false, `{q} can feel like a demand. Next, ask: ${ASK_US}`, soft);
  else add('asked', 2, false, `Next, turn it into a question: ${ASK_US}`);

  if (blame) {
    add(
      'positive',
      3,
      false,
      '{q} can sound like blame. Next, ask only for the thing you would like.',
      blame.span,
      true,
    );
  } else if (negative) {
    add(
      'positive',
      3,
      false,
      '{q} says what not to do. Next, ask for what you would like to happen instead.',
      negative,
      true,
    );
  } else add('positive', 3, true, 'You asked for something to do, not something to stop.', null, true);

  if (vague) {
    add(
      'specific',
      3,
      false,
      '{q} is hard to act on. Next, name one thing you could see them do, like \u201cwalk with me after dinner\u201d.',
      vague,
      true,
    );
  } else if (!specific) {
    add('specific', 3, false, 'Next, name one clear action, like \u201cwalk with me after dinner\u201d.', null, true);
  } else {
    let ai = ask ? tokFrom(toks, ask[1]) : 0;
    while (ai < toks.length - 1 && SKIP.has(toks[ai]!.w)) ai++;
    const action = ai < toks.length && phraseSpan(doc, toks[ai]!.s, 4);
    add('specific', 3, true, 'You named a clear action: {q}.', action && action[1] > action[0] ? action : null);
  }

  if (bound) {
    const n = Math.max(2, low.slice(bound[0], bound[1]).split(' ').length - 1);
    add('bounded', 2, true, 'You said when or how often: {q}.', phraseSpan(doc, bound[0], n));
  } else {
    const u = at(UNBOUND_RX, low);
    add('bounded', 2, false, u ? `{q} leaves the timing open. Next, ${WHEN}` : `Next, ${WHEN}`, u);
  }
  return done(demand || blame || negative || !specific ? 'needs-work' : ask && bound ? 'strong' : 'almost');
}
