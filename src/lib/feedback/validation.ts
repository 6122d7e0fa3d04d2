// Validation: "it makes sense ... because ...", with no "but" and no dismissal.
import { prep, rx, at, firstHit, tokFrom, phraseSpan, type Span } from './text';
import { check, finish, empty, type Draft, type Feedback, type Verdict } from './core';
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
  let reason: Span | null = null;
  REASON_RX.lastIndex = 0;
  for (let m = REASON_RX.exec(low); m; m = REASON_RX.exec(low)) {
    const after = tokFrom(toks, m.index + m[0].length);
    if (after + 1 < toks.length) {
      reason = phraseSpan(doc, m.index, 5);
      break;
    }
  }
  const flag = firstHit(low, FLAGS);

  const d: Draft[] = [];
  d.push(
    sense
      ? check('makes-sense', true, 3, doc, 'You said it makes sense: {q}.', sense)
      : check('makes-sense', false, 3, doc, 'Next, start with \u201cIt makes sense to me that you\u2026\u201d.'),
  );
  d.push(
    reason
      ? check('reason', true, 2, doc, 'You gave the reason: {q}.', reason)
      : sense
        ? check('reason', false, 2, doc, 'Next, add why after {q}: \u201c\u2026 because \u2026\u201d.', sense)
        : check('reason', false, 2, doc, 'Next, add why it makes sense: \u201c\u2026 because \u2026\u201d.'),
  );
  d.push(
    !flag
      ? check('no-but', true, 3, doc, 'You stayed with their view, with no \u201cbut\u201d.', null, true)
      : flag.kind === 'blame'
        ? check(
            'no-but',
            false,
            3,
            doc,
            '{q} can sound like blame. Next, stay with their view: \u201cIt makes sense that you\u2026\u201d.',
            flag.span,
            true,
          )
        : check(
            'no-but',
            false,
            3,
            doc,
            '{q} takes back the validation. Next, leave it out and stay with their view for now.',
            flag.span,
            true,
          ),
  );
  let verdict: Verdict;
  if (flag || !sense) verdict = 'needs-work';
  else if (!reason) verdict = 'almost';
  else verdict = 'strong';
  return finish(d, verdict);
}
