// Requests: positive, specific, bounded in time, and asked rather than demanded.
import { prep, rx, at, firstHit, phraseSpan, tokFrom, type Span } from './text';
import { check, finish, empty, type Draft, type Feedback, type Verdict } from './core';
import { ASK, SOFT_DEMAND, DEMAND, REQUEST_NEGATIVE, VAGUE, BOUNDED, UNBOUNDED, BLAME } from './phrases';
import { isStop as isStop_ } from './mirror';
// Local bindings: hot paths avoid re-reading module exports (cheaper under test runners too).
const isStop = isStop_;

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
const FRAME = new Set(
  'willing,open,please,mind,consider,love,appreciate,ask,wonder,wondering,okay,ok,possible,maybe,perhaps,think,feel,need,want,request,asking'.split(
    ',',
  ),
);

const SKIP = new Set(
  'be,willing,open,to,please,mind,consider,kindly,maybe,just,try,up,for,able,you,it,if,would,could,like,love,appreciate,we'.split(
    ',',
  ),
);

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
  const content = toks.filter((t) => !isStop(t.w) && !FRAME.has(t.w) && t.w.length > 1).length;
  const specific = !vague && content >= 1;

  const d: Draft[] = [];
  if (demand) {
    d.push(
      check(
        'asked',
        false,
        2,
        doc,
        '{q} sounds like a demand. Next, ask: \u201cWould you be willing to\u2026?\u201d',
        demand,
        true,
      ),
    );
  } else if (ask) d.push(check('asked', true, 2, doc, 'You asked rather than told: {q}.', ask));
  else if (soft)
    d.push(
      check(
        'asked',
        false,
        2,
        doc,
        '{q} can feel like a demand. Next, ask: \u201cWould you be willing to\u2026?\u201d',
        soft,
      ),
    );
  else
    d.push(check('asked', false, 2, doc, 'Next, turn it into a question: \u201cWould you be willing to\u2026?\u201d'));

  if (blame) {
    d.push(
      check(
        'positive',
        false,
        3,
        doc,
        '{q} can sound like blame. Next, ask only for the thing you would like.',
        blame.span,
        true,
      ),
    );
  } else if (negative) {
    d.push(
      check(
        'positive',
        false,
        3,
        doc,
        '{q} says what not to do. Next, ask for what you would like to happen instead.',
        negative,
        true,
      ),
    );
  } else d.push(check('positive', true, 3, doc, 'You asked for something to do, not something to stop.', null, true));

  let ai = ask ? tokFrom(toks, ask[1]) : 0;
  while (ai < toks.length - 1 && SKIP.has(toks[ai]!.w)) ai++;
  const actionSpan: Span = ai < toks.length ? phraseSpan(doc, toks[ai]!.s, 4) : [0, 0];
  if (vague) {
    d.push(
      check(
        'specific',
        false,
        3,
        doc,
        '{q} is hard to act on. Next, name one thing you could see them do, like \u201cwalk with me after dinner\u201d.',
        vague,
        true,
      ),
    );
  } else if (!specific) {
    d.push(
      check(
        'specific',
        false,
        3,
        doc,
        'Next, name one clear action, like \u201cwalk with me after dinner\u201d.',
        null,
        true,
      ),
    );
  } else
    d.push(
      check(
        'specific',
        true,
        3,
        doc,
        'You named a clear action: {q}.',
        actionSpan[1] > actionSpan[0] ? actionSpan : null,
      ),
    );

  if (bound)
    d.push(
      check(
        'bounded',
        true,
        2,
        doc,
        'You said when or how often: {q}.',
        phraseSpan(doc, bound[0], Math.max(2, low.slice(bound[0], bound[1]).split(' ').length - 1)),
      ),
    );
  else {
    const u = at(UNBOUND_RX, low);
    d.push(
      check(
        'bounded',
        false,
        2,
        doc,
        u
          ? '{q} leaves the timing open. Next, add when or how often, like \u201con Sunday evenings this month\u201d.'
          : 'Next, add when or how often, like \u201con Sunday evenings this month\u201d.',
        u,
      ),
    );
  }
  let verdict: Verdict;
  if (demand || blame || negative || !specific) verdict = 'needs-work';
  else if (!ask || !bound) verdict = 'almost';
  else verdict = 'strong';
  return finish(d, verdict);
}
