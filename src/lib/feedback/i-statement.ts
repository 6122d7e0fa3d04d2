// I-statements: a feeling word, the moment it happens, and a wish, with no blame.
import { prep, rx, at, firstHit, phraseSpan, sentenceEnd, spansOf, tokFrom, words, type Span } from './text';
import { checks, empty, feelings, type Feedback } from './core';
import { BLAME, THOUGHT_FEEL, THOUGHT_YOU, FEEL_VERBS, WISH, NEGATIVE_WISH } from './phrases';
import { ACCUSING_WORDS } from './lexicon';

const BLAME_RX = Object.entries(BLAME).map(([k, v]) => [rx(v), k] as const);
const THOUGHT_RX = rx(THOUGHT_FEEL, 'g');
const THOUGHT_YOU_RX = rx(THOUGHT_YOU);
const FEEL_VERB_RX = rx(FEEL_VERBS);
const SIT_ANY = rx(
  'when|whenever|after|during|while|each time|every time|as soon as|before|(?<!it )if|on \\w+days|at night|at dinner|in the (mornings?|evenings?)|on (days|nights|evenings|mornings|weekends|weeknights)',
);
const SIT_AFTER =
  /^[\s,]*(?:(?:so|really|a|bit|little|very|kind|of|and|or|too|just|also|quite|deeply|pretty|most|all|even)\s+){0,3}?(?:that|about|because|since|of|over|with|by|at|to see|to hear|to find|to come|to think|seeing|hearing|watching|thinking|for|after|on|around|in|whenever|when|if|during|while|every|each|as|till|until)\b/;
const WISH_RX = rx(WISH);
const NEG_RX = rx(NEGATIVE_WISH);
const ACCUSE_RX = rx(
  `(feel|feels|felt|feeling) (so |really |very |kind of |a bit |totally |completely )?(${ACCUSING_WORDS})`,
);
const I_SUBJ = words("i,i'm,im,i've,ive,i'd,myself");

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
  const thoughts = spansOf(THOUGHT_RX, low, true);
  const thought = thoughts[0];
  const tYou = at(THOUGHT_YOU_RX, low);
  const blame = tYou ? { span: tYou, kind: 'thought-you' } : firstHit(low, BLAME_RX);

  const hits = feelings(doc, I_SUBJ, 'me', false, (i) => thoughts.some(([s, e]) => toks[i]!.s >= s && toks[i]!.s < e));
  let feel = hits[0];
  const fv = at(FEEL_VERB_RX, low);
  if (fv && (!feel || fv[0] < feel[0])) feel = fv;

  // The moment: a connector anywhere, or right after the feeling word.
  let sit: Span | undefined;
  const sa = at(SIT_ANY, low);
  if (sa && tokFrom(toks, sa[1]) < toks.length - 1) sit = phraseSpan(doc, sa[0], 4);
  for (const [, end] of hits) {
    if (sit) break;
    const rest = low.slice(end, end + 80);
    const m = SIT_AFTER.exec(rest);
    if (m && tokFrom(toks, end + m[0].length) < toks.length - 1) {
      sit = phraseSpan(doc, end + rest.length - rest.replace(/^[\s,]+/, '').length, 5);
    }
  }

  const wish = at(WISH_RX, low);
  let negative: Span | null = null;
  if (wish) {
    const n = at(NEG_RX, low.slice(wish[0], sentenceEnd(low, wish[1])));
    if (n) negative = [wish[0] + n[0], wish[0] + n[1]];
  }

  const [add, done] = checks(doc);
  if (blame) add('no-blame', 3, false, BLAME_MSG[blame.kind]!, blame.span, true);
  else add('no-blame', 3, true, 'You kept it about your side, with no blame.', null, true);
  let acc: Span | null;
  if (feel) add('feeling', 3, true, 'You named a feeling: {q}.', feel);
  else if (thought && !tYou) {
    add(
      'feeling',
      3,
      false,
      '{q} shares a thought, not a feeling. Next, name the feeling under it, such as sad, lonely or worried.',
      phraseSpan(doc, thought[0], 3),
    );
  } else if ((acc = at(ACCUSE_RX, low))) {
    add(
      'feeling',
      3,
      false,
      '{q} says what your partner did. Next, name what you feel inside: hurt, scared, angry?',
      acc,
    );
  } else
    add(
      'feeling',
      3,
      false,
      'Next, name one feeling in a word, like \u201cI feel hurt\u201d or \u201cI feel worried\u201d.',
    );
  if (feel && thought) {
    add(
      'not-a-thought',
      1,
      false,
      '{q} adds a thought. Next, keep to the feeling and the moment.',
      phraseSpan(doc, thought[0], 3),
    );
  }
  if (sit) add('situation', 2, true, 'You said when it happens: {q}.', sit);
  else if (feel)
    add('situation', 2, false, 'Next, say when it happens, right after {q}: \u201c\u2026 when \u2026\u201d.', feel);
  else add('situation', 2, false, 'Next, say when it happens: \u201cwhen \u2026\u201d.');
  if (negative) add('wish', 2, false, '{q} says what to stop. Next, say what you would like instead.', negative);
  else if (wish) add('wish', 2, true, 'You named what you would like: {q}.', phraseSpan(doc, wish[0], 5));
  else add('wish', 2, false, 'Next, add what you would like: \u201c\u2026 and I\u2019d like \u2026\u201d.');

  const steps = (sit ? 1 : 0) + (wish ? (negative ? 0.5 : 1) : 0);
  return done(blame || !feel ? 'needs-work' : steps >= 2 && !thought ? 'strong' : steps >= 1 ? 'almost' : 'needs-work');
}
