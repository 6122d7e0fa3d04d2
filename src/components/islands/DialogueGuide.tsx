import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Ref } from 'preact';
import { useArea } from './useArea';
import {
  STEP_NAMES,
  canBack,
  elapsedMs,
  hasContent,
  receiver,
  sender,
  timeNote,
  whoseTurn,
  type Action,
  type ReflectionField,
  type Session,
  type Setup,
} from '../../lib/dialogue/machine';
import { PHASES, phaseOf } from '../../lib/dialogue/steps';
import { describeMarks, describeSenders, markCounts } from '../../lib/dialogue/summary';
import type { DialogueRecord } from '../../lib/practice/dialogues';
import { MAX_TEXT } from '../../lib/practice/dialogue-session';
import { $dialogueSession, $finished, act, begin, flushTyping, reopen, typeText } from '../../stores/dialogue-session';
import { $dialogues } from '../../stores/dialogues';
import { useNow, useWakeLock } from './dialogue/hooks';
import Pacer from './dialogue/Pacer';
import SetupForm from './dialogue/SetupForm';
import StepScreen, { type Run } from './dialogue/StepScreen';
import { CalendarLink, LaterPicker, sayWhen } from './dialogue/Later';

type HeadingRef = Ref<HTMLHeadingElement>;

/**
 * The guided dialogue for two on one device. A thin view over the state machine in
 * src/lib/dialogue: every button dispatches one action; the session is saved at every step.
 */
export default function DialogueGuide() {
  const s = useArea($dialogueSession);
  const finished = useStore($finished);
  const { sessions } = useArea($dialogues);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const acted = useRef(false);
  const [setupError, setSetupError] = useState<string | undefined>();
  const [lastSetup, setLastSetup] = useState<Setup | undefined>();

  useEffect(() => {
    reopen(Date.now());
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushTyping();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flushTyping);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flushTyping);
      flushTyping();
    };
  }, []);

  const run: Run = (a) => {
    acted.current = true;
    const r = act({ ...a, now: Date.now() } as Action);
    return r.ok ? undefined : r.reason;
  };

  // After each action, focus goes to the new screen's heading, so it is read out and in view.
  const screen = s
    ? [s.step, s.hold?.kind, s.history.length, s.appreciations.length, s.turns.length].join('|')
    : finished
      ? 'done'
      : 'setup';
  useEffect(() => {
    if (acted.current) headingRef.current?.focus();
  }, [screen]);

  const active = !!s && !s.hold && s.step !== 'reflection';
  const awake = useWakeLock(active);

  if (!s && finished) {
    return (
      <Done
        record={finished}
        headingRef={headingRef}
        onNew={() => {
          acted.current = true;
          $finished.set(null);
        }}
      />
    );
  }
  if (!s) {
    const last = sessions.at(-1);
    return (
      <div class="dlg">
        <SetupForm
          key={lastSetup ? 'again' : 'first'}
          initial={lastSetup ?? (last ? { names: last.partners, mode: last.mode } : undefined)}
          error={setupError}
          headingRef={headingRef}
          onStart={(setup) => {
            acted.current = true;
            const r = begin(setup, Date.now());
            setSetupError(r.ok ? undefined : r.reason);
          }}
        />
        <Past sessions={sessions} />
      </div>
    );
  }
  if (s.hold) return <HoldScreen s={s} run={run} headingRef={headingRef} />;
  if (s.step === 'reflection') return <ReflectionScreen s={s} run={run} headingRef={headingRef} />;

  return (
    <div class="dlg">
      <Frame s={s} awake={awake} />
      <StepScreen s={s} run={run} headingRef={headingRef} />
      <div class="dlg-tools" role="group" aria-label="At any step">
        <button type="button" class="button secondary dlg-timeout" onClick={() => run({ type: 'timeout' })}>
          Time-out
        </button>
        <button type="button" class="button secondary" disabled={!canBack(s)} onClick={() => run({ type: 'back' })}>
          <span aria-hidden="true">←</span> Back
        </button>
        <EndControl s={s} run={run} />
        {s.step === 'appointment' && !hasContent(s) && (
          <button
            type="button"
            class="button secondary"
            onClick={() => {
              setLastSetup(s.setup);
              run({ type: 'end' });
            }}
          >
            Change the set-up
          </button>
        )}
      </div>
    </div>
  );
}

/** Who is who, the time so far (with a gentle note near the end), and where you are. */
function Frame({ s, awake }: { s: Session; awake: boolean }) {
  const now = useNow(15_000, true);
  const elapsed = elapsedMs(s, now);
  const mins = Math.floor(elapsed / 60_000);
  const note = timeNote(elapsed, s.setup.minutes);
  const names = s.setup.names;
  const phase = phaseOf(s.step);
  const current = PHASES.findIndex((p) => p.id === phase);
  return (
    <div class="dlg-frame">
      <p class="dlg-who">
        Sender <strong>{names[sender(s)]}</strong> · Receiver <strong>{names[receiver(s)]}</strong>
        {s.setup.topic && (
          <>
            {' '}
            · About <strong>{s.setup.topic}</strong>
          </>
        )}
      </p>
      <p class="dlg-clock">
        {mins < 1 ? 'Just started' : `${mins} min so far`}
        <span class="meta"> · {s.setup.minutes} min planned</span>
        {awake && <span class="meta"> · the screen stays on</span>}
      </p>
      <p class="dlg-note" role="status">
        {note === 'near' &&
          'A gentle note: you are near the time you planned. No rush: finish this step, then decide together what is next.'}
        {note === 'over' &&
          'You have passed the time you planned. That is fine. Go on if you both have the energy, or choose a later time.'}
      </p>
      {current >= 0 && (
        <ol class="dlg-phases" aria-label="Steps of the dialogue">
          {PHASES.map((p, i) => (
            <li
              key={p.id}
              class={i < current ? 'dlg-past' : i === current ? 'dlg-now' : undefined}
              aria-current={i === current ? 'step' : undefined}
            >
              {i < current && <span class="visually-hidden">Done: </span>}
              {p.name}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** “End” with a short confirmation, so a stray tap does not end the dialogue. */
function EndControl({ s, run, label = 'End', big = false }: { s: Session; run: Run; label?: string; big?: boolean }) {
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button
        type="button"
        class={big ? 'button secondary dlg-big' : 'button secondary'}
        ref={opener}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  const saved = hasContent(s);
  return (
    <div class="dlg-confirm" role="group" aria-label="End the dialogue?">
      <p>
        End the dialogue now?{' '}
        {saved
          ? 'What you have done so far is saved, and you can each write a reflection.'
          : 'Nothing has been said yet, so nothing is saved.'}
      </p>
      <div class="dlg-actions">
        <button type="button" class="button" ref={yes} onClick={() => run({ type: 'end' })}>
          Yes, end it
        </button>
        <button
          type="button"
          class="button secondary"
          onClick={() => {
            setAsking(false);
            requestAnimationFrame(() => opener.current?.focus());
          }}
        >
          Keep going
        </button>
      </div>
    </div>
  );
}

/** Time-out, pause, or a later time: a calm screen with the ways back. */
function HoldScreen({ s, run, headingRef }: { s: Session; run: Run; headingRef: HeadingRef }) {
  const [picking, setPicking] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const hold = s.hold!;
  const who = whoseTurn(s);
  const where = `${STEP_NAMES[s.step]}${who === 'both' ? '' : `, ${s.setup.names[who]}’s turn`}`;
  const choose = (at: string) => {
    const reason = run({ type: 'reschedule', at });
    setError(reason);
    if (!reason) setPicking(false);
  };
  const picker = (
    <LaterPicker
      error={error}
      label={hold.kind === 'later' ? 'Save the new time' : 'Save this time'}
      onChoose={choose}
      onCancel={() => {
        setPicking(false);
        setError(undefined);
      }}
    />
  );
  return (
    <div class={`dlg dlg-hold dlg-${hold.kind}`}>
      {hold.kind === 'timeout' && (
        <>
          <h2 class="dlg-title" tabIndex={-1} ref={headingRef}>
            Time-out
          </h2>
          <p class="dlg-lead">
            Good call. Stopping when feelings run high is part of the dialogue, not a failure of it. Nobody has to say
            anything now.
          </p>
          <Pacer />
          <p class="dlg-lead">When you are both ready, choose together.</p>
        </>
      )}
      {hold.kind === 'paused' && (
        <>
          <h2 class="dlg-title" tabIndex={-1} ref={headingRef}>
            Your dialogue is paused
          </h2>
          <p class="dlg-lead">
            Everything so far is saved on this device. Pick up where you left off when you are ready.
          </p>
          <p>
            You were at: <strong>{where}</strong>. Sender {s.setup.names[sender(s)]}, receiver{' '}
            {s.setup.names[receiver(s)]}
            {s.setup.topic ? `, about “${s.setup.topic}”` : ''}.
          </p>
        </>
      )}
      {hold.kind === 'later' && (
        <>
          <h2 class="dlg-title" tabIndex={-1} ref={headingRef}>
            Until later
          </h2>
          <p class="dlg-lead">
            You agreed to have this dialogue on <strong>{sayWhen(hold.at)}</strong>. It is saved here, ready when you
            are.
          </p>
          <p class="dlg-actions">
            <CalendarLink session={s} at={hold.at} />
          </p>
        </>
      )}
      {picking ? (
        picker
      ) : (
        <div class="dlg-actions">
          <button type="button" class="button dlg-big" onClick={() => run({ type: 'resume' })}>
            {hold.kind === 'later' ? 'We are ready now' : 'Resume the dialogue'}
          </button>
          {hold.kind === 'timeout' && (
            <button type="button" class="button secondary dlg-big" onClick={() => run({ type: 'pause' })}>
              Pause for now
            </button>
          )}
          <button type="button" class="button secondary dlg-big" onClick={() => setPicking(true)}>
            {hold.kind === 'later' ? 'Change the time' : 'Choose a later time'}
          </button>
          {hold.kind !== 'timeout' && <EndControl s={s} run={run} label="End the dialogue" big />}
        </div>
      )}
      <p class="meta dlg-safety">
        If either of you feels unsafe, stop here and look after yourselves first.{' '}
        <a href="/safety/">Safety and support</a>
      </p>
    </div>
  );
}

const FIELDS: [ReflectionField, string][] = [
  ['learned', 'What I learned'],
  ['pattern', 'A pattern I notice'],
  ['tryNext', 'One thing to try next time'],
];

/** Optional reflection, one set of questions each, saved with the dialogue as you type. */
function ReflectionScreen({ s, run, headingRef }: { s: Session; run: Run; headingRef: HeadingRef }) {
  return (
    <div class="dlg dlg-reflection">
      <h2 class="dlg-title" tabIndex={-1} ref={headingRef}>
        Looking back
      </h2>
      <p class="dlg-lead">
        Your dialogue is saved. If you like, each of you can write a few words for yourself. You can also leave these
        empty.
      </p>
      {([0, 1] as const).map((p) => (
        <fieldset key={p} class="dlg-reflect">
          <legend>{s.setup.names[p]}</legend>
          {FIELDS.map(([field, label]) => (
            <ReflectField key={field} s={s} partner={p} field={field} label={label} />
          ))}
        </fieldset>
      ))}
      <div class="dlg-actions">
        <button type="button" class="button dlg-big" onClick={() => run({ type: 'finish' })}>
          Finish
        </button>
      </div>
    </div>
  );
}

function ReflectField({
  s,
  partner,
  field,
  label,
}: {
  s: Session;
  partner: 0 | 1;
  field: ReflectionField;
  label: string;
}) {
  const saved = s.reflections.find((r) => r.partner === partner)?.[field] ?? '';
  const [text, setText] = useState(saved);
  const id = `dlg-r-${partner}-${field}`;
  return (
    <p class="dlg-field">
      <label for={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        maxLength={MAX_TEXT}
        value={text}
        onInput={(e) => {
          const t = e.currentTarget.value;
          setText(t);
          typeText({ type: 'reflect', partner, field, text: t, now: Date.now() });
        }}
      />
    </p>
  );
}

function Done({ record, onNew, headingRef }: { record: DialogueRecord; onNew: () => void; headingRef: HeadingRef }) {
  return (
    <div class="dlg dlg-done card">
      <h2 class="dlg-title" tabIndex={-1} ref={headingRef}>
        Saved. Thank you, both of you.
      </h2>
      <p class="dlg-lead">
        {describeSenders(record)} sent{record.topic ? `, about “${record.topic}”` : ''}.{' '}
        {record.minutes ? `About ${record.minutes} minutes. ` : ''}Mirrors: {describeMarks(markCounts(record))}.
      </p>
      <p>
        It is saved on this device, with your reflections. You can look back on it in{' '}
        <a href="/my-practice/">My practice</a>, and bring it to your therapist if you like.
      </p>
      <button type="button" class="button" onClick={onNew}>
        Start another dialogue
      </button>
    </div>
  );
}

/** The most recent dialogues saved on this device. */
function Past({ sessions }: { sessions: readonly DialogueRecord[] }) {
  if (sessions.length === 0) return null;
  const recent = [...sessions].sort((a, b) => b.startedAt.localeCompare(a.startedAt)).slice(0, 5);
  return (
    <section class="dlg-past-list" aria-labelledby="dlg-past-h">
      <h2 id="dlg-past-h">Dialogues on this device</h2>
      <ul>
        {recent.map((r) => (
          <li key={r.id}>
            <strong>
              {new Date(r.startedAt).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' })}
            </strong>
            {r.topic ? ` · ${r.topic}` : ''} · {describeSenders(r)} sent ·{' '}
            {r.minutes ? `${r.minutes} min` : 'under a minute'} · mirrors: {describeMarks(markCounts(r))}
            {r.reflections.length > 0 && ` · ${r.reflections.length === 1 ? '1 reflection' : '2 reflections'}`}
          </li>
        ))}
      </ul>
      <p class="meta">
        All of them, with reflections, are in <a href="/my-practice/">My practice</a>.
      </p>
    </section>
  );
}
