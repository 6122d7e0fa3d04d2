import { useEffect, useId, useState } from 'preact/hooks';
import type { ComponentType, Ref } from 'preact';
import {
  allSent,
  latest,
  sender,
  toMirror,
  whoseTurn,
  type Action,
  type Session,
  type Step,
} from '../../../lib/dialogue/machine';
import { copyFor } from '../../../lib/dialogue/steps';
import { MAX_TEXT } from '../../../lib/practice/dialogue-session';
import { typeText } from '../../../stores/dialogue-session';
import Review, { type ReviewKind } from './Review';
import { LaterPicker } from './Later';

/** Dispatches an action (its time is added) and returns the refusal reason, if any. */
export type Run = (a: DistributiveOmit<Action, 'now'>) => string | undefined;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

interface Props {
  s: Session;
  run: Run;
  headingRef: Ref<HTMLHeadingElement>;
}

const REVIEW: Partial<Record<Step, ReviewKind>> = {
  send: 'i-statement',
  resend: 'i-statement',
  mirror: 'mirror',
  summary: 'mirror',
  validation: 'validation',
  empathy: 'empathy',
};

const CHECK_BUTTONS: Partial<Record<Step, [string, string]>> = {
  'summary-check': ['Yes, you got it all', 'Not quite'],
  'validation-check': ['Yes, I feel understood', 'Not quite'],
  'empathy-check': ['Yes, that is what I feel', 'Not quite'],
};

/** One step of the dialogue: whose turn, what to do, the stems, and the way on. */
export default function StepScreen({ s, run, headingRef }: Props) {
  const id = useId();
  const copy = copyFor(s);
  const names = s.setup.names;
  const typed = s.setup.mode === 'typed';
  const snd = names[sender(s)];
  const rcv = names[sender(s) === 0 ? 1 : 0];
  const [error, setError] = useState<string | undefined>();
  const [later, setLater] = useState(false);
  const step = s.step;
  const say = (a: Parameters<Run>[0]) => setError(run(a));

  return (
    <div class="dlg-step">
      <TurnBanner s={s} id={`${id}-turn`} />
      {/* Focus lands here after each step; the description reads out whose turn it is and what to do. */}
      <h2 id={`${id}-h`} class="dlg-title" tabIndex={-1} ref={headingRef} aria-describedby={`${id}-turn ${id}-lead`}>
        {copy.title}
      </h2>
      <p id={`${id}-lead`} class="dlg-lead">
        {copy.lead}
      </p>
      {copy.stems.length > 0 && (
        <ul class="dlg-stems" aria-label="Sentence stems">
          {copy.stems.map((t) => (
            <li key={t}>“{t}”</li>
          ))}
        </ul>
      )}
      {copy.hint && <p class="dlg-hint">{copy.hint}</p>}

      {typed && <Context s={s} />}

      {step === 'appointment' &&
        (later ? (
          <LaterPicker
            error={error}
            onCancel={() => setLater(false)}
            onChoose={(at) => say({ type: 'reschedule', at })}
          />
        ) : (
          <div class="dlg-actions">
            <button type="button" class="button dlg-big" onClick={() => say({ type: 'accept' })}>
              Yes, now is good
            </button>
            <button type="button" class="button secondary dlg-big" onClick={() => setLater(true)}>
              Let’s choose a later time
            </button>
          </div>
        ))}

      {copy.submit &&
        (typed ? (
          <Compose key={`${step}-${s.history.length}`} s={s} submit={copy.submit} label={copy.field!} run={run} />
        ) : (
          <>
            {step === 'empathy' && <SpokenFeelings />}
            <div class="dlg-actions">
              <button type="button" class="button dlg-big" onClick={() => say({ type: 'submit' })}>
                {copy.submit}
              </button>
            </div>
          </>
        ))}

      {step === 'resend' && (
        <div class="dlg-actions">
          <button type="button" class="button secondary" onClick={() => say({ type: 'moveOn' })}>
            Go on without saying it again
          </button>
        </div>
      )}

      {step === 'check' && (
        <div class="dlg-actions dlg-marks" role="group" aria-label={`${snd}, how did the mirror land?`}>
          <button type="button" class="button dlg-big" onClick={() => say({ type: 'mark', mark: 'got-it' })}>
            <span aria-hidden="true">✓</span> Got it
          </button>
          <button type="button" class="button secondary dlg-big" onClick={() => say({ type: 'mark', mark: 'partly' })}>
            <span aria-hidden="true">≈</span> Partly
          </button>
          <button type="button" class="button secondary dlg-big" onClick={() => say({ type: 'mark', mark: 'missed' })}>
            <span aria-hidden="true">↺</span> Missed
          </button>
        </div>
      )}

      {step === 'more' && (
        <div class="dlg-actions" role="group" aria-label={`${snd}, is there more?`}>
          <button type="button" class="button dlg-big" onClick={() => say({ type: 'more', more: true })}>
            Yes, there is more
          </button>
          <button type="button" class="button secondary dlg-big" onClick={() => say({ type: 'more', more: false })}>
            No, that is all for now
          </button>
        </div>
      )}

      {CHECK_BUTTONS[step] && (
        <div class="dlg-actions" role="group" aria-label={copy.lead}>
          <button type="button" class="button dlg-big" onClick={() => say({ type: 'confirm', landed: true })}>
            {CHECK_BUTTONS[step][0]}
          </button>
          <button
            type="button"
            class="button secondary dlg-big"
            onClick={() => say({ type: 'confirm', landed: false })}
          >
            {CHECK_BUTTONS[step][1]}
          </button>
        </div>
      )}

      {step === 'next' && (
        <div class="dlg-actions">
          <button type="button" class="button dlg-big" onClick={() => say({ type: 'swap' })}>
            Swap roles: {rcv} sends
          </button>
          <button type="button" class="button secondary dlg-big" onClick={() => say({ type: 'appreciate' })}>
            End with an appreciation each
          </button>
        </div>
      )}

      {error && !later && (
        <p class="dlg-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Big, plain “whose turn” line: the name, and what they do now. */
function TurnBanner({ s, id }: { s: Session; id: string }) {
  const who = whoseTurn(s);
  const names = s.setup.names;
  const snd = sender(s);
  if (who === 'both') {
    return (
      <p id={id} class="dlg-turn dlg-both">
        <span class="dlg-turn-name">Together</span>
        <span class="dlg-turn-role">
          {names[0]} and {names[1]}
        </span>
      </p>
    );
  }
  const role =
    s.step === 'appreciate'
      ? 'giving an appreciation'
      : who === snd
        ? s.step === 'appointment'
          ? 'sender, asking'
          : 'sender'
        : s.step === 'appointment'
          ? 'receiver, answering'
          : 'receiver, listening';
  return (
    <p id={id} class={`dlg-turn dlg-p${who}`}>
      <span class="dlg-badge" aria-hidden="true">
        {names[who].slice(0, 1).toLocaleUpperCase()}
      </span>
      <span class="dlg-turn-name">{names[who]}’s turn</span>
      <span class="visually-hidden">, </span>
      <span class="dlg-turn-role">{role}</span>
    </p>
  );
}

/** In typed mode: the words this step responds to. */
function Context({ s }: { s: Session }) {
  const snd = s.setup.names[sender(s)];
  const rcv = s.setup.names[sender(s) === 0 ? 1 : 0];
  const quote = (who: string, text: string) =>
    text ? (
      <figure class="dlg-quote">
        <figcaption>{who}</figcaption>
        <blockquote>{text}</blockquote>
      </figure>
    ) : null;
  switch (s.step) {
    case 'mirror':
      return quote(`${snd} said:`, toMirror(s));
    case 'check':
      return (
        <>
          {quote(`You said:`, toMirror(s))}
          {quote(`${rcv} mirrored:`, latest(s, 'mirror'))}
        </>
      );
    case 'summary':
    case 'validation':
    case 'empathy': {
      const all = allSent(s);
      return all.length ? (
        <details class="dlg-said" open={s.step === 'summary'}>
          <summary>Everything {snd} said</summary>
          <ul>
            {all.map((t, i) => (
              <li key={i}>{t}</li>
            ))}
          </ul>
        </details>
      ) : null;
    }
    case 'summary-check':
      return quote(`${rcv}’s summary:`, latest(s, 'summary'));
    case 'validation-check':
      return quote(`${rcv} wrote:`, latest(s, 'validation'));
    case 'empathy-check':
      return quote(`${rcv} wrote:`, latest(s, 'empathy'));
    default:
      return null;
  }
}

type Picker = ComponentType<{ onPick: (word: string) => void; label?: string }>;

/** The shared feelings picker, loaded only when the empathy step needs it. */
function useFeelingsPicker(wanted = true): Picker | null {
  const [Picker, setPicker] = useState<Picker | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void import('../FeelingsPicker').then((m) => live && setPicker(() => m.default));
    return () => {
      live = false;
    };
  }, [wanted]);
  return Picker;
}

/** Spoken mode: words picked from the feelings picker, as prompts to say aloud. */
function SpokenFeelings() {
  const Picker = useFeelingsPicker();
  const [words, setWords] = useState<string[]>([]);
  if (!Picker) return null;
  return (
    <div class="dlg-feelings">
      <Picker label="Need a feeling word?" onPick={(w) => setWords((ws) => (ws.includes(w) ? ws : [...ws, w]))} />
      {words.length > 0 && (
        <p class="dlg-picked">
          Words to try: <strong>{words.join(', ')}</strong>{' '}
          <button type="button" class="button secondary" onClick={() => setWords([])}>
            Clear
          </button>
        </p>
      )}
    </div>
  );
}

function addFeeling(text: string, word: string): string {
  const t = text.trimEnd();
  if (!t) return `I imagine you might be feeling ${word}`;
  if (/\b(feeling|feel|felt)$/i.test(t) || /,$/.test(t)) return `${t} ${word}`;
  return `${t}, ${word}`;
}

/** Typed mode: the text box, saved as you type, with the engine’s tips and the way on. */
function Compose({ s, submit, label, run }: { s: Session; submit: string; label: string; run: Run }) {
  const id = useId();
  const step = s.step;
  const [text, setText] = useState(s.drafts[step] ?? '');
  const [error, setError] = useState<string | undefined>();
  const Picker = useFeelingsPicker(step === 'empathy');
  const kind = REVIEW[step];
  const original = step === 'mirror' ? toMirror(s) : step === 'summary' ? allSent(s).join('\n') : '';
  const change = (t: string) => {
    setText(t);
    setError(undefined);
    typeText({ type: 'draft', text: t, now: Date.now() });
  };
  return (
    <form
      class="dlg-compose"
      onSubmit={(e) => {
        e.preventDefault();
        setError(run({ type: 'submit', text }));
      }}
    >
      <label for={`${id}-t`}>{label}</label>
      <textarea
        id={`${id}-t`}
        rows={5}
        maxLength={MAX_TEXT}
        value={text}
        aria-describedby={error ? `${id}-err` : undefined}
        onInput={(e) => change(e.currentTarget.value)}
      />
      {step === 'empathy' && Picker && (
        <Picker label="Need a feeling word?" onPick={(w) => change(addFeeling(text, w))} />
      )}
      {kind && <Review kind={kind} text={text} original={original} />}
      {error && (
        <p id={`${id}-err`} class="dlg-error" role="alert">
          {error}
        </p>
      )}
      <div class="dlg-actions">
        <button type="submit" class="button dlg-big">
          {submit}
        </button>
      </div>
    </form>
  );
}
