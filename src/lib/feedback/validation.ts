// Validation: "it makes sense ... because ...", with no "but" and no dismissal.
import { prep, rx, at, firstHit, tokFrom, phraseSpan, type Span } from './text';
import { checks, empty, type Feedback } from './core';
import { MAKES_SENSE, REASON, INVALIDATE, BLAME, YOU_ABSOLUTE } from './phrases';

const SENSE_RX = rx(MAKES_SENSE);
const REASON_RX = rx(REASON, 'g');
const FLAGS = [
  [rx(INVALIDATE), 'invalidate'],
  [rx(YOU_ABSOLUTE), 'blame'],
  ...(['label', 'sarcasm', 'fault', 'hostile', 'make-me'] as const).map((k) => [rx(BLAME[k]!), 'blame'] as const),
] as const;

export function reviewValidation(text: string): Feedback {
  const doc = prep(text);
  if (!doc.toks.length) return empty('Try: \u201cIt makes sense to me that you\u2026, because\u2026\u201d.');
  const { low, toks } = doc;
  const sense = at(SENSE_RX, low);
  let reason: Span | undefined;
  REASON_RX.lastIndex = 0;
  for (let m = REASON_RX.exec(low); m && !reason; m = REASON_RX.exec(low)) {
    if (tokFrom(toks, m.index + m[0].length) + 1 < toks.length) reason = phraseSpan(doc, m.index, 5);
  }
  const flag = firstHit(low, FLAGS);

  const [add, done] = checks(doc);
  if (sense) add('makes-sense', 3, true, 'You said it makes sense: {q}.', sense);
  else add('makes-sense', 3, false, 'Next, start with \u201cIt makes sense to me that you\u2026\u201d.');
  if (reason) add('reason', 2, true, 'You gave the reason: {q}.', reason);
  else if (sense) add('reason', 2, false, 'Next, add why after {q}: \u201c\u2026 because \u2026\u201d.', sense);
  else add('reason', 2, false, 'Next, add why it makes sense: \u201c\u2026 because \u2026\u201d.');
  if (!flag) add('no-but', 3, true, 'You stayed with their view, with no \u201cbut\u201d.', null, true);
  else if (flag.kind === 'blame') {
    add(
      'no-but',
      3,
      false,
      '{q} can sound like blame. Next, stay with their view: \u201cIt makes sense that you\u2026\u201d.',
      flag.span,
      true,
    );
  } else {
    add(
      'no-but',
      3,
      false,
      '{q} takes back the validation. Next, leave it out and stay with their view for now.',
      flag.span,
      true,
    );
  }
  return done(flag || !sense ? 'needs-work' : reason ? 'strong' : 'almost');
}
