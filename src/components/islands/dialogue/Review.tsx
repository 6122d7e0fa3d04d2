import { useEffect, useState } from 'preact/hooks';
import type { Feedback } from '../../../lib/feedback';

type Engine = typeof import('../../../lib/feedback');
let engine: Promise<Engine> | undefined;
// Loaded only in typed mode, the first time a text box appears, so spoken mode never downloads it.
const loadEngine = () => (engine ??= import('../../../lib/feedback'));

export type ReviewKind = 'i-statement' | 'mirror' | 'validation' | 'empathy';

interface Props {
  kind: ReviewKind;
  text: string;
  /** For mirrors and summaries: what the sender said. */
  original?: string;
}

const VERDICT: Record<Feedback['verdict'], string> = {
  strong: 'That has every part.',
  almost: 'Nearly there.',
  'needs-work': 'One thing to try.',
};

/** Kind, specific help on typed words from the feedback engine: what worked, then one next step. */
export default function Review({ kind, text, original = '' }: Props) {
  const [fb, setFb] = useState<Feedback | null>(null);
  useEffect(() => {
    if (text.trim().length < 8) {
      setFb(null);
      return;
    }
    let live = true;
    // Waits for a pause in typing, so the note does not change under the writer's eyes.
    const id = setTimeout(() => {
      void loadEngine().then((e) => {
        if (!live) return;
        const r =
          kind === 'i-statement'
            ? e.reviewIStatement(text)
            : kind === 'mirror'
              ? e.reviewMirror(original, text)
              : kind === 'validation'
                ? e.reviewValidation(text)
                : e.reviewEmpathy(text);
        setFb(r);
      });
    }, 600);
    return () => {
      live = false;
      clearTimeout(id);
    };
  }, [kind, text, original]);

  const good = fb?.checks.find((c) => c.passed);
  const next = fb?.checks.find((c) => !c.passed);
  return (
    <div class="dlg-review" aria-live="polite">
      {fb && (
        <div class={`dlg-review-box dlg-${fb.verdict}`}>
          <p class="dlg-review-verdict">{VERDICT[fb.verdict]}</p>
          {good && (
            <p>
              <span aria-hidden="true">✓ </span>
              {good.message}
            </p>
          )}
          {next && (
            <p>
              <span aria-hidden="true">→ </span>
              {next.message}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
