// I-statements: a feeling word, the moment it happens, and a wish, with no blame.
import { prep, rx, at, firstHit, phraseSpan, sentenceEnd, tokFrom, type Span } from './text';
import { check, finish, empty, feelings, type Draft, type Feedback, type Verdict } from './core';
import { BLAME, THOUGHT_FEEL, THOUGHT_YOU, FEEL_VERBS, WISH, NEGATIVE_WISH } from './phrases';
import { ACCUSING_WORDS } from './lexicon';

export const BLAME_RX = Object.entries(BLAME).map(([k, v]) => [rx(v), k] as const);
const THOUGHT_RX = rx(THOUGHT_FEEL, 'g');
const THOUGHT_YOU_RX = rx(THOUGHT_YOU);
const FEEL_VERB_RX = rx(FEEL_VERBS);
const SIT_ANY = rx(
  'when|whenever|after|during|while|each time|every time|as soon as|before|(?<!it )if|on \\w+days|at night|at dinner|in the (?:mornings?|evenings?)|on (?:days|nights|evenings|mornings|weekends|weeknights)',
);
const SIT_AFTER =
  /^[\s,]*(?:(?:so|really|a|bit|little|very|kind|of|and|or|too|just|also|quite|deeply|pretty|most|all|even)\s+){0,3}?(?:that|about|because|since|of|over|with|by|at|to see|to hear|to find|to come|to think|seeing|hearing|watching|thinking|for|after|on|around|in|whenever|when|if|during|while|every|each|as|whenever|till|until)\b/;
const WISH_RX = rx(WISH);
const NEG_RX = rx(NEGATIVE_WISH);
const ACCUSE_RX = rx(
  `(?:feel|feels|felt|feeling) (?:so |really |very |kind of |a bit |totally |completely )?(?:${ACCUSING_WORDS.join('|')})`,
);
const I_SUBJ = new Set(['i', "i'm", 'im', "i've", 'ive', "i'd", 'myself']);

const BLAME_MSG: Record<string, string> = {
  absolute: '{q} can sound like a verdict on your partner. Next, describe one moment instead: \u201cWhen\u2026\u201d.',
  'make-me': '{q} hands your feeling to your partner. Next, own it: \u201cI feel \u2026 when \u2026\u201d.',
  label: '{q} is a label, and labels sting. Next, describe what happened, not who they are.',
  why: '{q} can land as an attack. Next, say what you feel and what you would like.',
  'if-loved': '{q} puts their love on trial. Next, say what you need: \u201cI\u2019d like \u2026\u201d.',
  sarcasm: '{q} may read as sarcasm. Next, say it plainly: \u201cI feel \u2026 when \u2026\u201d.',
  'mind-read':
    '{q} guesses what is going on inside your partner. Next, speak only for yourself: \u201cI feel \u2026\u201d.',
  demand: '{q} sounds like an order. Next, share it as a wish: \u201cI\u2019d like \u2026\u201d.',
  fault: '{q} lays blame. Next, describe what happened and how you feel.',
  hostile: '{q} carries a lot of heat. Next, name the feeling under it: \u201cI feel \u2026\u201d.',
  'thought-you': '{q} is a thought about your partner, not a feeling. Next, name what you feel: hurt, lonely, worried?',
};

export function reviewIStatement(text: string): Feedback {
  const doc = prep(text);
  if (!doc.toks.length) return empty('Try: \u201cI feel \u2026 when \u2026, and I\u2019d like \u2026\u201d.');
  const { low, toks } = doc;

  // Thoughts dressed as feelings: ignore feeling words inside their clause.
  const thoughts: Span[] = [];
  THOUGHT_RX.lastIndex = 0;
  for (let m = THOUGHT_RX.exec(low); m; m = THOUGHT_RX.exec(low)) {
    thoughts.push([m.index, sentenceEnd(low, m.index)]);
    if (thoughts.length > 20) break;
  }
  const inThought = (i: number) => thoughts.some(([s, e]) => toks[i]!.s >= s && toks[i]!.s < e);
  const tYou = at(THOUGHT_YOU_RX, low);
  const blame = tYou ? { span: tYou, kind: 'thought-you' } : firstHit(low, BLAME_RX);

  const hits = feelings(doc, I_SUBJ, 'me', false, inThought);
  let feel: Span | null = hits[0]?.span ?? null;
  const fv = at(FEEL_VERB_RX, low);
  if (fv && (!feel || fv[0] < feel[0])) feel = fv;

  // The moment: a connector anywhere, or right after the feeling word.
  let sit: Span | null = null;
  const sa = at(SIT_ANY, low);
  if (sa && tokFrom(toks, sa[1]) < toks.length - 1) sit = phraseSpan(doc, sa[0], 4);
  if (!sit) {
    for (const h of hits) {
      const rest = low.slice(h.span[1], h.span[1] + 80);
      const m = SIT_AFTER.exec(rest);
      if (!m) continue;
      const start = h.span[1] + (rest.length - rest.replace(/^[\s,]+/, '').length);
      if (tokFrom(toks, h.span[1] + m[0].length) < toks.length - 1) {
        sit = phraseSpan(doc, start, 5);
        break;
      }
    }
  }

  const wish = at(WISH_RX, low);
  let wishSpan: Span | null = null;
  let negative: Span | null = null;
  if (wish) {
    wishSpan = phraseSpan(doc, wish[0], 5);
    const end = sentenceEnd(low, wish[1]);
    const n = at(NEG_RX, low.slice(wish[0], end));
    if (n) negative = [wish[0] + n[0], wish[0] + n[1]];
  }

  const d: Draft[] = [];
  d.push(
    blame
      ? check('no-blame', false, 3, doc, BLAME_MSG[blame.kind] ?? BLAME_MSG.hostile!, blame.span, true)
      : check('no-blame', true, 3, doc, 'You kept it about your side, with no blame.', null, true),
  );
  const thought = thoughts[0];
  if (feel) d.push(check('feeling', true, 3, doc, 'You named a feeling: {q}.', feel));
  else if (thought && !tYou) {
    d.push(
      check(
        'feeling',
        false,
        3,
        doc,
        '{q} shares a thought, not a feeling. Next, name the feeling under it, such as sad, lonely or worried.',
        phraseSpan(doc, thought[0], 3),
      ),
    );
  } else {
    const acc = at(ACCUSE_RX, low);
    d.push(
      acc
        ? check(
            'feeling',
            false,
            3,
            doc,
            '{q} says what your partner did. Next, name what you feel inside: hurt, scared, angry?',
            acc,
          )
        : check(
            'feeling',
            false,
            3,
            doc,
            'Next, name one feeling in a word, like \u201cI feel hurt\u201d or \u201cI feel worried\u201d.',
          ),
    );
  }
  if (feel && thought) {
    d.push(
      check(
        'not-a-thought',
        false,
        1,
        doc,
        '{q} adds a thought. Next, keep to the feeling and the moment.',
        phraseSpan(doc, thought[0], 3),
      ),
    );
  }
  d.push(
    sit
      ? check('situation', true, 2, doc, 'You said when it happens: {q}.', sit)
      : feel
        ? check(
            'situation',
            false,
            2,
            doc,
            'Next, say when it happens, right after {q}: \u201c\u2026 when \u2026\u201d.',
            feel,
          )
        : check('situation', false, 2, doc, 'Next, say when it happens: \u201cwhen \u2026\u201d.'),
  );
  if (wishSpan && !negative) d.push(check('wish', true, 2, doc, 'You named what you would like: {q}.', wishSpan));
  else if (negative)
    d.push(check('wish', false, 2, doc, '{q} says what to stop. Next, say what you would like instead.', negative));
  else
    d.push(check('wish', false, 2, doc, 'Next, add what you would like: \u201c\u2026 and I\u2019d like \u2026\u201d.'));

  let verdict: Verdict;
  const steps = (sit ? 1 : 0) + (wishSpan ? (negative ? 0.5 : 1) : 0);
  if (blame || !feel) verdict = 'needs-work';
  else if (steps >= 2 && !thought) verdict = 'strong';
  else if (steps >= 1) verdict = 'almost';
  else verdict = 'needs-work';
  return finish(d, verdict);
}
