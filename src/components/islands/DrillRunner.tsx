import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { ComponentType } from 'preact';
import { useArea } from './useArea';
import { $attempts, goToPrompt, recordAttempt } from '../../stores/attempts';
import { $storageProblems, dismissStorageProblems } from '../../stores/persist';
import {
  LIVE_DELAY_MS,
  VERDICT_LABELS,
  attemptsNewestFirst,
  liveChecklist,
  liveSummary,
  nextIndex,
  previousIndex,
  resumeIndex,
  review,
  reviewSummary,
  segments,
  setProgress,
  type IslandPrompt,
  type Review,
  type Reviewer,
} from '../../lib/drills';
import type { Attempt } from '../../lib/practice/attempts';

/** What the page passes to a drill's island (labels are worked out at build time). */
export interface DrillIslandProps {
  drillId: string;
  prompts: IslandPrompt[];
  /** The answer box's placeholder: the drill's usual opening. */
  placeholder: string;
  /** Offer hiding the message's words (mirroring), where "Hear it" is offered. */
  hideable: boolean;
}

export interface PickerProps {
  box: { current: HTMLTextAreaElement | null };
  value: string;
  onChange: (text: string) => void;
}

export interface ListenProps {
  text: string;
  hideable: boolean;
  hidden: boolean;
  onHidden: (hidden: boolean) => void;
}

/** The optional tools a drill's island adds, so pages without them do not load them. */
export interface DrillTools {
  /** A tool that edits the answer, such as the feelings picker (FeelingTool). */
  Picker?: ComponentType<PickerProps>;
  /** "Hear it" and, where `hideable`, a switch hiding the message's words (ListenTools). */
  Listen?: ComponentType<ListenProps>;
}

interface Props extends DrillIslandProps, DrillTools {
  /** The engine's reviewer for this drill (each drill's island passes its own). */
  review: Reviewer;
}

/**
 * One drill: the prompt in view, an answer box with a checklist that follows the typing, "Check"
 * for full feedback, hints, model answers after an attempt, and the way through the set. Attempts
 * and the current prompt are saved in this browser, so the drill resumes where it was left.
 */
export default function DrillRunner(props: Props) {
  const { drillId, prompts } = props;
  const saved = useArea($attempts).drills[drillId];
  const problems = useStore($storageProblems).filter((p) => p.key === $attempts.spec.key);
  const ids = prompts.map((p) => p.id);
  const index = resumeIndex(ids, saved?.current);
  const prompt = prompts[index]!;
  // Unsent answers per prompt, kept while the page is open.
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = false;
  }, [index]);

  const go = (i: number) => {
    moved.current = true;
    goToPrompt(drillId, ids[i]!);
  };

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
          {...props}
          prompt={prompt}
          headingRef={heading}
          progress={setProgress(ids, saved, index)}
          attempts={attemptsNewestFirst(saved, prompt.id)}
          draft={drafts[prompt.id]}
          setDraft={(text) => setDrafts((d) => ({ ...d, [prompt.id]: text }))}
        />
        <nav class="drill-nav" aria-label="Prompts">
          <button type="button" class="button secondary" onClick={() => go(previousIndex(index, ids.length))}>
            Previous prompt
          </button>
          <button type="button" class="button" onClick={() => go(nextIndex(index, ids.length))}>
            {index === ids.length - 1 ? 'Start the set again' : 'Next prompt'}
          </button>
        </nav>
      </div>
    </div>
  );
}

interface PromptViewProps extends Props {
  prompt: IslandPrompt;
  headingRef: { current: HTMLHeadingElement | null };
  progress: ReturnType<typeof setProgress>;
  attempts: Attempt[];
  draft: string | undefined;
  setDraft: (text: string) => void;
}

function PromptView(props: PromptViewProps) {
  const { prompt, attempts, review: reviewer, Picker, Listen, progress, setDraft } = props;
  const value = props.draft ?? attempts[0]?.text ?? '';
  const [checked, setChecked] = useState<string>();
  const reviewed = checked ?? attempts[0]?.text;
  const [liveText, setLiveText] = useState(value);
  const [hints, setHints] = useState(0);
  const [hidden, setHidden] = useState(false);
  const [announce, setAnnounce] = useState('');
  const doneCount = useRef<number>();
  const box = useRef<HTMLTextAreaElement>(null);
  const id = `drill-${prompt.id}`;

  useEffect(() => {
    const t = setTimeout(() => setLiveText(value), LIVE_DELAY_MS);
    return () => clearTimeout(t);
  }, [value]);

  const items = liveText === reviewed ? null : liveChecklist(reviewer(prompt, liveText), liveText);
  const done = items?.filter((i) => i.done).length;
  useEffect(() => {
    // Announce the checklist only when a part is found or lost, not on every pause in typing.
    if (items && doneCount.current !== undefined && done !== doneCount.current) setAnnounce(liveSummary(items));
    doneCount.current = done;
  }, [done]);

  const result = reviewed === undefined ? undefined : review(reviewer(prompt, reviewed), attempts.length || 1);

  const check = () => {
    const text = value.trim();
    const fb = reviewer(prompt, text);
    recordAttempt(props.drillId, prompt.id, text, fb.verdict);
    setDraft(text);
    setChecked(text);
    setLiveText(text);
    setAnnounce('');
    // A fresh string a moment later, so the same feedback twice is still announced.
    setTimeout(() => setAnnounce(reviewSummary(review(fb, attempts.length + 1))), 60);
  };

  return (
    <>
      <div class="drill-head">
        <h2 id={`${id}-h`} ref={props.headingRef} tabIndex={-1}>
          Prompt {progress.position} of {progress.total}
        </h2>
        <progress max={progress.total} value={progress.position} aria-labelledby={`${id}-h`} />
        <p class="meta drill-count">
          {progress.practised
            ? `${progress.practised} of ${progress.total} practised. Saved on this device.`
            : 'Nothing practised yet in this set.'}
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
          <figcaption>{prompt.said}:</figcaption>
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
        {Listen && <Listen text={prompt.message} hideable={props.hideable} hidden={hidden} onHidden={setHidden} />}
      </div>

      <section class="drill-work" aria-label="Your answer">
        <label for={`${id}-a`}>{prompt.answerLabel}</label>
        <textarea
          id={`${id}-a`}
          ref={box}
          rows={5}
          value={value}
          placeholder={props.placeholder}
          aria-describedby="drill-instructions"
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <div class="drill-tools">
          {Picker && <Picker box={box} value={value} onChange={setDraft} />}
          {hints < prompt.hints.length && (
            <button type="button" class="button secondary" onClick={() => setHints(hints + 1)}>
              {hints ? 'Another hint' : 'Show a hint'}
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
          <h3 id={`${id}-l`}>As you write</h3>
          {items ? (
            <ul aria-labelledby={`${id}-l`}>
              {items.map((i) => (
                <li key={i.id} class={i.done ? 'done' : 'open'}>
                  <Icon c={i.done ? '✓' : '○'} />
                  <span class="visually-hidden">{i.done ? 'Done: ' : 'Still to do: '}</span>
                  {i.text}
                </li>
              ))}
            </ul>
          ) : (
            <p class="meta">
              {liveText === reviewed
                ? 'Edit your answer to see the checklist again, or try the next prompt.'
                : 'A checklist appears here after a few words. It updates as you write.'}
            </p>
          )}
        </div>

        <p class="drill-check">
          <button type="button" class="button" disabled={!value.trim()} onClick={check}>
            Check
          </button>
        </p>
        <p class="visually-hidden" aria-live="polite">
          {announce}
        </p>

        {result && <ReviewView r={result} text={reviewed!} stale={value.trim() !== reviewed} />}

        {attempts.length > 0 && (
          <>
            <details class="drill-more">
              <summary>See {prompt.models.length} model answers</summary>
              <p class="meta">These are examples, not the only right way. Your own words matter more.</p>
              <ul>
                {prompt.models.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </details>
            <details class="drill-more">
              <summary>Your attempts on this prompt ({attempts.length})</summary>
              <ol reversed>
                {attempts.map((a, i) => (
                  <li key={i}>
                    <strong>{VERDICT_LABELS[a.verdict]}</strong> <span class="meta">{when(a.at)}</span>
                    <p>{a.text}</p>
                  </li>
                ))}
              </ol>
            </details>
          </>
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
      <p class="drill-label">What worked</p>
      <ul class="drill-worked">
        {r.worked.map((c) => (
          <li key={c.id}>
            <Icon c="✓" />
            {c.message}
          </li>
        ))}
        {!r.worked.length && (
          <li>
            <Icon c="✓" />
            You made an attempt, and every attempt is practice.
          </li>
        )}
      </ul>
      <p class="drill-label">{r.next ? 'One next step' : 'Next'}</p>
      <p class="drill-next">
        <Icon c="→" />
        {r.next?.message ?? 'Every part is there. Compare with the model answers, or try the next prompt.'}
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
            {r.worked.some((c) => c.span) && (
              <>
                <mark class="mark-worked">Solid underline</mark>: what worked.{' '}
              </>
            )}
            {r.next?.span && (
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

function Icon({ c }: { c: string }) {
  return (
    <span class="drill-icon" aria-hidden="true">
      {c}
    </span>
  );
}

function when(iso: string): string {
  const d = new Date(iso);
  return isNaN(+d) ? '' : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
