import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { useArea } from './useArea';
import FeelingsPicker from './FeelingsPicker';
import { $attempts, goToPrompt, recordAttempt } from '../../stores/attempts';
import { $storageProblems, dismissStorageProblems } from '../../stores/persist';
import {
  DRILL_KINDS,
  LIVE_DELAY_MS,
  VERDICT_LABELS,
  attemptsNewestFirst,
  insertWord,
  liveChecklist,
  liveSummary,
  nextIndex,
  previousIndex,
  resumeIndex,
  review,
  reviewSummary,
  segments,
  setProgress,
  type DrillId,
  type DrillPrompt,
  type Review,
  type Reviewer,
} from '../../lib/drills';

/** What the page passes to a drill's island. */
export interface DrillIslandProps {
  drillId: DrillId;
  prompts: DrillPrompt[];
}

interface Props extends DrillIslandProps {
  /** The engine's reviewer for this drill (each drill's island passes its own). */
  review: Reviewer;
}

/**
 * One drill: the prompt in view, an answer box with a checklist that follows the typing, "Check"
 * for full feedback, hints, model answers after an attempt, and the way through the set. Attempts
 * and the current prompt are saved in this browser, so the drill resumes where it was left.
 */
export default function DrillRunner({ drillId, prompts, review: reviewer }: Props) {
  const attempts = useArea($attempts);
  const problems = useStore($storageProblems).filter((p) => p.key === $attempts.spec.key);
  const saved = attempts.drills[drillId];
  const ids = prompts.map((p) => p.id);
  const index = resumeIndex(ids, saved?.current);
  const prompt = prompts[index];
  // Unsent answers per prompt, kept while the page is open.
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    heading.current?.focus();
  }, [index]);

  if (!prompt) return null;
  const progress = setProgress(ids, saved, index);
  const go = (i: number) => {
    moved.current = true;
    goToPrompt(drillId, ids[i]!);
  };
  const last = index === prompts.length - 1;

  return (
    <div class="drill-root">
      {problems.length > 0 && (
        <div class="callout drill-problem" role="alert">
          {problems.map((p) => (
            <p key={p.message}>{p.message}</p>
          ))}
          <button type="button" class="button secondary" onClick={dismissStorageProblems}>
            Got it
          </button>
        </div>
      )}
      <div class="drill">
        <PromptView
          key={prompt.id}
          drillId={drillId}
          reviewer={reviewer}
          prompt={prompt}
          headingRef={heading}
          position={progress.position}
          total={progress.total}
          practised={progress.practised}
          attempts={attemptsNewestFirst(saved, prompt.id)}
          draft={drafts[prompt.id]}
          setDraft={(text) => setDrafts((d) => ({ ...d, [prompt.id]: text }))}
        />
        <nav class="drill-nav" aria-label="Prompts">
          <button type="button" class="button secondary" onClick={() => go(previousIndex(index, prompts.length))}>
            Previous prompt
          </button>
          <button type="button" class="button" onClick={() => go(nextIndex(index, prompts.length))}>
            {last ? 'Start the set again' : 'Next prompt'}
          </button>
        </nav>
      </div>
    </div>
  );
}

interface PromptViewProps {
  drillId: DrillId;
  reviewer: Reviewer;
  prompt: DrillPrompt;
  headingRef: { current: HTMLHeadingElement | null };
  position: number;
  total: number;
  practised: number;
  attempts: ReturnType<typeof attemptsNewestFirst>;
  draft: string | undefined;
  setDraft: (text: string) => void;
}

function PromptView(props: PromptViewProps) {
  const { drillId, prompt, attempts, reviewer } = props;
  const kind = DRILL_KINDS[drillId];
  const value = props.draft ?? attempts[0]?.text ?? '';
  const [checkedText, setCheckedText] = useState<string | undefined>(undefined);
  const reviewedText = checkedText ?? attempts[0]?.text;
  const [liveText, setLiveText] = useState(value);
  const [hints, setHints] = useState(0);
  const [hidden, setHidden] = useState(false);
  const [canSpeak, setCanSpeak] = useState(false);
  const [speaking, setSpeaking] = useState(false);
  const [announce, setAnnounce] = useState('');
  const [liveAnnounce, setLiveAnnounce] = useState('');
  const doneCount = useRef<number | undefined>(undefined);
  const box = useRef<HTMLTextAreaElement>(null);
  const ids = `drill-${prompt.id}`;

  useEffect(() => {
    setCanSpeak(typeof window.speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance === 'function');
    return () => {
      if (typeof window.speechSynthesis !== 'undefined') window.speechSynthesis.cancel();
    };
  }, []);

  useEffect(() => {
    const t = setTimeout(() => setLiveText(value), LIVE_DELAY_MS);
    return () => clearTimeout(t);
  }, [value]);

  const showLive = liveText !== reviewedText;
  const items = showLive ? liveChecklist(reviewer(prompt, liveText), liveText) : null;
  useEffect(() => {
    const done = items ? items.filter((i) => i.done).length : undefined;
    if (items && doneCount.current !== undefined && done !== doneCount.current) setLiveAnnounce(liveSummary(items));
    doneCount.current = done;
  });

  const result: Review | undefined =
    reviewedText === undefined ? undefined : review(reviewer(prompt, reviewedText), Math.max(1, attempts.length));

  const check = () => {
    const text = value.trim();
    if (!text) return;
    const fb = reviewer(prompt, text);
    recordAttempt(drillId, prompt.id, text, fb.verdict);
    props.setDraft(text);
    setCheckedText(text);
    setLiveText(text);
    setAnnounce('');
    const summary = reviewSummary(review(fb, attempts.length + 1));
    setTimeout(() => setAnnounce(summary), 60);
  };

  const hear = () => {
    const synth = window.speechSynthesis;
    synth.cancel();
    if (speaking) {
      setSpeaking(false);
      return;
    }
    const u = new SpeechSynthesisUtterance(prompt.message);
    u.rate = 0.95;
    u.onend = () => setSpeaking(false);
    u.onerror = () => setSpeaking(false);
    setSpeaking(true);
    synth.speak(u);
  };

  const pick = (word: string) => {
    const el = box.current;
    const start = el?.selectionStart ?? value.length;
    const end = el?.selectionEnd ?? value.length;
    const next = insertWord(value, start, end, word);
    props.setDraft(next.text);
    requestAnimationFrame(() => box.current?.setSelectionRange(next.caret, next.caret));
  };

  return (
    <>
      <div class="drill-head">
        <h2 id={`${ids}-h`} ref={props.headingRef} tabIndex={-1}>
          Prompt {props.position} of {props.total}
        </h2>
        <progress max={props.total} value={props.position} aria-labelledby={`${ids}-h`} />
        <p class="meta drill-count">
          {props.practised === 0
            ? 'Nothing practised yet in this set.'
            : `${props.practised} of ${props.total} practised. Saved on this device.`}
        </p>
        {prompt.context && (
          <p class="drill-context">
            <strong>Background: </strong>
            {prompt.context}
          </p>
        )}
      </div>
      <div class="drill-stage">
        <figure class="drill-message">
          <figcaption>{kind.messageLabel(prompt)}:</figcaption>
          {hidden ? (
            <p class="drill-hidden-note">
              The words are hidden. Press “Hear it” to listen, then mirror what you heard.
            </p>
          ) : (
            <blockquote>
              <p>{prompt.message}</p>
            </blockquote>
          )}
        </figure>
        {kind.listen && canSpeak && (
          <div class="drill-listen">
            <button type="button" class="button secondary" aria-pressed={speaking} onClick={hear}>
              <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24">
                <path d="M4 9v6h4l5 4V5L8 9H4zm12.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4z" fill="currentColor" />
              </svg>
              {speaking ? 'Stop' : 'Hear it'}
            </button>
            {kind.hideText && (
              <button type="button" class="button secondary" aria-pressed={hidden} onClick={() => setHidden(!hidden)}>
                Hide the words
              </button>
            )}
          </div>
        )}
      </div>

      <section class="drill-work" aria-label="Your answer">
        <label for={`${ids}-answer`}>{kind.answerLabel(prompt)}</label>
        <textarea
          id={`${ids}-answer`}
          ref={box}
          rows={5}
          value={value}
          placeholder={kind.placeholder}
          aria-describedby="drill-instructions"
          spellcheck
          onInput={(e) => props.setDraft((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <div class="drill-tools">
          {kind.feelings && <FeelingsPicker onPick={pick} label="Feeling words" />}
          {hints < prompt.hints.length && (
            <button type="button" class="button secondary" onClick={() => setHints(hints + 1)}>
              {hints === 0 ? 'Show a hint' : 'Another hint'}
            </button>
          )}
        </div>
        {hints > 0 && (
          <ol class="drill-hints" aria-label="Hints">
            {prompt.hints.slice(0, hints).map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ol>
        )}

        <div class="drill-live">
          <h3 id={`${ids}-live`}>As you write</h3>
          {items ? (
            <ul aria-labelledby={`${ids}-live`}>
              {items.map((i) => (
                <li key={i.id} class={i.done ? 'done' : 'open'}>
                  <span class="drill-icon" aria-hidden="true">
                    {i.done ? '✓' : '○'}
                  </span>
                  <span class="visually-hidden">{i.done ? 'Done: ' : 'Still to do: '}</span>
                  {i.text}
                </li>
              ))}
            </ul>
          ) : (
            <p class="meta">
              {showLive || reviewedText === undefined
                ? 'A checklist appears here after a few words. It updates as you write.'
                : 'Edit your answer to see the checklist again, or try the next prompt.'}
            </p>
          )}
          <p class="visually-hidden" aria-live="polite">
            {liveAnnounce}
          </p>
        </div>

        <div class="drill-check">
          <button type="button" class="button" disabled={!value.trim()} onClick={check}>
            Check
          </button>
        </div>
        <p class="visually-hidden" aria-live="polite">
          {announce}
        </p>

        {result && reviewedText !== undefined && (
          <ReviewView r={result} text={reviewedText} stale={value.trim() !== reviewedText} />
        )}

        {attempts.length > 0 && (
          <details class="drill-more">
            <summary>See {prompt.models.length} model answers</summary>
            <p class="meta">These are examples, not the only right way. Your own words matter more.</p>
            <ul>
              {prompt.models.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </details>
        )}
        {attempts.length > 0 && (
          <details class="drill-more">
            <summary>Your attempts on this prompt ({attempts.length})</summary>
            <ol reversed>
              {attempts.map((a, i) => (
                <li key={`${i}-${a.at}`}>
                  <span class="drill-verdict">{VERDICT_LABELS[a.verdict]}</span>{' '}
                  <span class="meta">{formatTime(a.at)}</span>
                  <p>{a.text}</p>
                </li>
              ))}
            </ol>
          </details>
        )}
      </section>
    </>
  );
}

function ReviewView({ r, text, stale }: { r: Review; text: string; stale: boolean }) {
  return (
    <section class={`drill-review verdict-${r.verdict}`} aria-label="Feedback">
      <h3>
        {stale && <span class="meta">On your last check: </span>}
        {r.heading}
      </h3>
      {r.worked.length > 0 && (
        <>
          <p class="drill-label">What worked</p>
          <ul class="drill-worked">
            {r.worked.map((c) => (
              <li key={c.id}>
                <span class="drill-icon" aria-hidden="true">
                  ✓
                </span>
                {c.message}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="drill-label">{r.next ? 'One next step' : 'Next'}</p>
      <p class="drill-next">
        <span class="drill-icon" aria-hidden="true">
          →
        </span>
        {r.next ? r.next.message : 'Every part is there. Compare with the model answers, or try the next prompt.'}
      </p>
      {r.marks.length > 0 && (
        <>
          <p class="drill-label">Your words</p>
          <p class="drill-marked">
            {segments(text, r.marks).map((s, i) =>
              s.mark ? (
                <mark key={i} class={`mark-${s.mark}`}>
                  {s.text}
                </mark>
              ) : (
                s.text
              ),
            )}
          </p>
          <p class="meta drill-legend">
            {r.marks.some((m) => m.kind === 'worked') && (
              <>
                <mark class="mark-worked">Solid underline</mark>: what worked.{' '}
              </>
            )}
            {r.marks.some((m) => m.kind === 'next') && (
              <>
                <mark class="mark-next">Dashed underline</mark>: the words for the next step.
              </>
            )}
          </p>
        </>
      )}
    </section>
  );
}

function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
