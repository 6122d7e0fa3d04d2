/**
 * The guided Imago Dialogue as a pure state machine: `start` builds a session from the set-up,
 * `transition` applies one action and either returns the next session or refuses with a reason
 * a person can read. No DOM, no clock of its own: every action carries `now` (epoch ms).
 *
 * The flow for each sender's turn: send, mirror, the sender checks the mirror (got it / partly /
 * missed; if not got, the sender says it again), "Is there more?" (yes loops back to send), then
 * summary, validation and empathy (each confirmed by the sender), and the sender's thanks. Then
 * the partners swap roles or end with an appreciation each, and may reflect. A time-out, a pause
 * or a later time puts the flow on hold at any step; "Back" undoes the last step.
 */
import {
  MAX_HISTORY,
  MAX_NAME,
  MAX_TEXT,
  MAX_TOPIC,
  type HistoryEntry,
  type Session,
  type SessionTurn,
  type Setup,
  type Step,
} from '../practice/dialogue-session';
import type { DialogueRecord, Reflection } from '../practice/dialogues';

export type Partner = 0 | 1;
export type Mark = 'got-it' | 'partly' | 'missed';
export type ReflectionField = 'learned' | 'pattern' | 'tryNext';
export type { Session, Setup, Step };

export type Action =
  | { type: 'accept'; now: number }
  | { type: 'submit'; now: number; text?: string }
  | { type: 'draft'; now: number; text: string }
  | { type: 'mark'; now: number; mark: Mark }
  | { type: 'moveOn'; now: number }
  | { type: 'more'; now: number; more: boolean }
  | { type: 'confirm'; now: number; landed: boolean }
  | { type: 'swap'; now: number }
  | { type: 'appreciate'; now: number }
  | { type: 'reflect'; now: number; partner: Partner; field: ReflectionField; text: string }
  | { type: 'finish'; now: number }
  | { type: 'timeout'; now: number }
  | { type: 'pause'; now: number }
  | { type: 'resume'; now: number }
  | { type: 'reschedule'; now: number; at: string }
  | { type: 'back'; now: number }
  | { type: 'end'; now: number }
  | { type: 'reopen'; now: number };

export type ActionType = Action['type'];

/** The result of an action: the next session, or the same session and why it was refused. */
export type Transition = { ok: true; state: Session } | { ok: false; state: Session; reason: string };

/** Short names of the steps, used in refusal reasons and in the step list. */
export const STEP_NAMES: Record<Step, string> = {
  appointment: 'Appointment',
  send: 'Send',
  mirror: 'Mirror',
  check: 'Check the mirror',
  resend: 'Say it again',
  more: 'Is there more?',
  summary: 'Summary',
  'summary-check': 'Check the summary',
  validation: 'Validation',
  'validation-check': 'Check the validation',
  empathy: 'Empathy',
  'empathy-check': 'Check the empathy',
  close: 'Thank you',
  next: 'Swap or finish',
  appreciate: 'Appreciations',
  reflection: 'Reflection',
  done: 'Done',
};

/** Steps where someone speaks (spoken mode) or writes (typed mode) and then goes on. */
export const TEXT_STEPS: readonly Step[] = [
  'send',
  'resend',
  'mirror',
  'summary',
  'validation',
  'empathy',
  'close',
  'appreciate',
];

/** Steps where the sender says whether the receiver's words landed. */
const CHECKS = { 'summary-check': 'validation', 'validation-check': 'empathy', 'empathy-check': 'close' } as const;
type CheckStep = keyof typeof CHECKS;
const CHECKED: Record<CheckStep, Step> = {
  'summary-check': 'summary',
  'validation-check': 'validation',
  'empathy-check': 'empathy',
};

/** Where each flow action belongs. Hold actions (time-out, pause, ...) are checked separately. */
const ACTION_STEPS: Partial<Record<ActionType, readonly Step[]>> = {
  accept: ['appointment'],
  submit: TEXT_STEPS,
  draft: TEXT_STEPS,
  mark: ['check'],
  moveOn: ['resend'],
  more: ['more'],
  confirm: ['summary-check', 'validation-check', 'empathy-check'],
  swap: ['next'],
  appreciate: ['next'],
  reflect: ['reflection'],
  finish: ['reflection'],
};

const ACTION_NAMES: Record<ActionType, string> = {
  accept: 'Saying yes to the appointment',
  submit: 'Going on',
  draft: 'Writing',
  mark: 'Marking the mirror',
  moveOn: 'Moving on',
  more: 'Answering “Is there more?”',
  confirm: 'Saying whether it landed',
  swap: 'Swapping roles',
  appreciate: 'Ending with appreciations',
  reflect: 'Writing a reflection',
  finish: 'Finishing',
  timeout: 'A time-out',
  pause: 'Pausing',
  resume: 'Resuming',
  reschedule: 'Choosing a later time',
  back: 'Going back',
  end: 'Ending',
  reopen: 'Reopening',
};

/** Where the dialogue itself has stopped: no time-out, Back or hold from here. */
const AFTER: readonly Step[] = ['reflection', 'done'];

export type Started = { ok: true; state: Session } | { ok: false; reason: string };

/** Builds a new session at the appointment step from the set-up, or says what to fix. */
export function start(setup: Setup, opts: { id: string; now: number }): Started {
  const names = [setup.names[0].trim(), setup.names[1].trim()] as [string, string];
  if (!names[0] || !names[1])
    return { ok: false, reason: 'Please give both partners a name, or keep “Partner A” and “Partner B”.' };
  if (names[0].length > MAX_NAME || names[1].length > MAX_NAME)
    return { ok: false, reason: `Please keep each name under ${MAX_NAME} characters.` };
  if (names[0].toLocaleLowerCase() === names[1].toLocaleLowerCase())
    return { ok: false, reason: 'Please use two different names, so the screen can show whose turn it is.' };
  const topic = setup.topic.trim();
  if (topic.length > MAX_TOPIC) return { ok: false, reason: `Please keep the topic under ${MAX_TOPIC} characters.` };
  if (![15, 20, 30].includes(setup.minutes)) return { ok: false, reason: 'Please choose 15, 20 or 30 minutes.' };
  if (setup.mode !== 'spoken' && setup.mode !== 'typed') return { ok: false, reason: 'Please choose spoken or typed.' };
  if (setup.firstSender !== 0 && setup.firstSender !== 1)
    return { ok: false, reason: 'Please choose who sends first.' };
  if (!opts.id) return { ok: false, reason: 'A session needs an id.' };
  return {
    ok: true,
    state: {
      id: opts.id,
      setup: { ...setup, names, topic },
      startedAt: opts.now,
      updatedAt: opts.now,
      step: 'appointment',
      turns: [{ sender: setup.firstSender, marks: [], messages: [] }],
      appreciations: [],
      reflections: [],
      drafts: {},
      hold: null,
      clock: { activeMs: 0, since: opts.now },
      history: [],
    },
  };
}

/** Applies `action` to `state`. Never throws; an action that does not fit is refused with a reason. */
export function transition(state: Session, action: Action): Transition {
  const refuse = (reason: string): Transition => ({ ok: false, state, reason });
  const now = action.now;
  if (!Number.isFinite(now)) return refuse('The time of the action is missing.');
  if (state.step === 'done') return refuse('This dialogue is finished. Start a new one when you are ready.');

  // Actions that put the flow on hold or take it off hold.
  switch (action.type) {
    case 'reopen':
      return { ok: true, state: reopen(state) };
    case 'timeout':
    case 'pause': {
      if (AFTER.includes(state.step)) return refuse('The dialogue has already ended, so there is nothing to pause.');
      if (state.hold?.kind === 'later' || state.hold?.kind === 'paused' || (action.type === 'timeout' && state.hold))
        return refuse(holdReason(state));
      const kind = action.type === 'timeout' ? 'timeout' : 'paused';
      return ok(state, now, { hold: { kind, since: now }, clock: stopClock(state, now) });
    }
    case 'resume':
      if (!state.hold) return refuse('The dialogue is not paused, so there is nothing to resume.');
      return ok(state, now, { hold: null, clock: { activeMs: state.clock.activeMs, since: now } });
    case 'reschedule': {
      if (!state.hold && state.step !== 'appointment')
        return refuse('Choosing a later time happens at the appointment, or from a time-out or pause.');
      if (AFTER.includes(state.step)) return refuse('The dialogue has already ended.');
      const when = parseLocal(action.at);
      if (when === null) return refuse('Please choose a date and a time.');
      if (when <= now) return refuse('Please choose a time later than now.');
      return ok(state, now, {
        hold: { kind: 'later', since: now, at: action.at },
        later: action.at,
        clock: stopClock(state, now),
      });
    }
    case 'end':
      return { ok: true, state: end(state, now) };
    case 'back':
      return back(state, now, refuse);
    default:
      break;
  }

  if (state.hold) return refuse(holdReason(state));
  const allowed = ACTION_STEPS[action.type] ?? [];
  if (!allowed.includes(state.step)) {
    const where = allowed.map((s) => `“${STEP_NAMES[s]}”`).join(', ');
    return refuse(`${ACTION_NAMES[action.type]} belongs to ${where}, and this step is “${STEP_NAMES[state.step]}”.`);
  }
  const typed = state.setup.mode === 'typed';

  switch (action.type) {
    case 'accept':
      return advance(state, now, 'send');
    case 'draft':
      if (!typed) return refuse('Spoken mode keeps no text: say it aloud to each other.');
      return ok(state, now, { drafts: { ...state.drafts, [state.step]: action.text.slice(0, MAX_TEXT) } });
    case 'submit':
      return submit(state, now, action.text, refuse);
    case 'mark':
      return advance(state, now, action.mark === 'got-it' ? 'more' : 'resend', {
        turns: updateTurn(state, (t) => ({ ...t, marks: [...t.marks, action.mark] })),
      });
    case 'moveOn':
      return advance(state, now, 'more');
    case 'more':
      return advance(state, now, action.more ? 'send' : 'summary');
    case 'confirm': {
      const step = state.step as CheckStep;
      if (action.landed) return advance(state, now, CHECKS[step]);
      // Not quite: back to the receiver, with their last words ready to amend in typed mode.
      const redo = CHECKED[step];
      const last = lastMessage(state, redo);
      const drafts = typed && last && !state.drafts[redo] ? { ...state.drafts, [redo]: last.text } : state.drafts;
      return advance(state, now, redo, { drafts });
    }
    case 'swap':
      return advance(state, now, 'send', {
        turns: [...state.turns, { sender: receiver(state), marks: [], messages: [] }],
      });
    case 'appreciate':
      return advance(state, now, 'appreciate');
    case 'reflect': {
      const others = state.reflections.filter((r) => r.partner !== action.partner);
      const current: Reflection = state.reflections.find((r) => r.partner === action.partner) ?? {
        partner: action.partner,
        learned: '',
        pattern: '',
        tryNext: '',
      };
      const next: Reflection = { ...current, [action.field]: action.text.slice(0, MAX_TEXT) };
      const keep = next.learned.trim() || next.pattern.trim() || next.tryNext.trim();
      const reflections = [...others, ...(keep ? [next] : [])].sort((a, b) => a.partner - b.partner);
      return ok(state, now, { reflections });
    }
    case 'finish':
      return ok(state, now, { step: 'done' });
    default:
      return refuse('That action is not part of the dialogue.');
  }
}

function submit(
  state: Session,
  now: number,
  raw: string | undefined,
  refuse: (reason: string) => Transition,
): Transition {
  const typed = state.setup.mode === 'typed';
  const text = typed ? (raw ?? '').trim().slice(0, MAX_TEXT) : '';
  if (typed && !text) return refuse('Write a few words first. Nothing is sent until you do.');
  const by = writer(state);
  const drafts = { ...state.drafts };
  delete drafts[state.step];

  if (state.step === 'appreciate') {
    const appreciations = [...state.appreciations, { by, text }];
    if (appreciations.length < 2) return advance(state, now, 'appreciate', { appreciations, drafts });
    return advance(state, now, 'reflection', {
      appreciations,
      drafts,
      endedAt: now,
      outcome: 'complete',
      clock: stopClock(state, now),
    });
  }
  const next: Record<string, Step> = {
    send: 'mirror',
    resend: 'mirror',
    mirror: 'check',
    summary: 'summary-check',
    validation: 'validation-check',
    empathy: 'empathy-check',
    close: 'next',
  };
  const turns = typed
    ? updateTurn(state, (t) => ({ ...t, messages: [...t.messages, { by, step: state.step, text }] }))
    : state.turns;
  return advance(state, now, next[state.step] ?? state.step, { turns, drafts });
}

/** Moves to `step`, remembering where it came from so "Back" can undo it. */
function advance(state: Session, now: number, step: Step, patch: Partial<Session> = {}): Transition {
  const turn = currentTurn(state);
  const entry: HistoryEntry = {
    step: state.step,
    turns: state.turns.length,
    messages: turn.messages.length,
    marks: turn.marks.length,
    appreciations: state.appreciations.length,
  };
  const history = [...state.history, entry].slice(-MAX_HISTORY);
  return ok(state, now, { ...patch, step, history });
}

function ok(state: Session, now: number, patch: Partial<Session>): Transition {
  return { ok: true, state: { ...state, ...patch, updatedAt: now } };
}

function back(state: Session, now: number, refuse: (reason: string) => Transition): Transition {
  if (AFTER.includes(state.step)) return refuse('The dialogue has ended, so there is no step to go back to.');
  if (state.hold) return refuse(holdReason(state));
  const entry = state.history.at(-1);
  if (!entry) return refuse('This is the first step, so there is nothing to go back to.');
  const turns = state.turns.slice(0, entry.turns);
  const last = turns.length - 1;
  const kept = turns[last]!;
  const removed = state.turns
    .slice(entry.turns - 1)
    .flatMap((t, i) => (i === 0 ? t.messages.slice(entry.messages) : t.messages));
  turns[last] = { ...kept, messages: kept.messages.slice(0, entry.messages), marks: kept.marks.slice(0, entry.marks) };
  const appreciations = state.appreciations.slice(0, entry.appreciations);
  // What was written at the step we return to comes back as a draft, so nothing typed is lost.
  const drafts = { ...state.drafts };
  const rewritten =
    entry.step === 'appreciate'
      ? state.appreciations[entry.appreciations]?.text
      : removed.filter((m) => m.step === entry.step).at(-1)?.text;
  if (rewritten) drafts[entry.step] = rewritten;
  return ok(state, now, { step: entry.step, turns, appreciations, drafts, history: state.history.slice(0, -1) });
}

function end(state: Session, now: number): Session {
  if (state.step === 'reflection') return { ...state, step: 'done', updatedAt: now };
  const clock = stopClock(state, now);
  const last = currentTurn(state);
  // A swap that was ended before the new sender said anything leaves no turn behind.
  const unstarted = state.turns.length > 1 && state.step === 'send' && !last.marks.length && !last.messages.length;
  const turns = unstarted ? state.turns.slice(0, -1) : state.turns;
  const base = { ...state, turns, hold: null, clock, endedAt: now, updatedAt: now };
  if (!hasContent(state)) return { ...base, step: 'done', outcome: 'empty' };
  return { ...base, step: 'reflection', outcome: state.step === 'next' ? 'complete' : 'ended' };
}

/** After a reload: a running dialogue is paused, its clock stopped at the last action. */
function reopen(state: Session): Session {
  if (state.hold || AFTER.includes(state.step)) return state;
  const at = Math.max(state.updatedAt, state.clock.since ?? 0);
  return { ...state, hold: { kind: 'paused', since: at }, clock: stopClock(state, at) };
}

function stopClock(state: Session, now: number): Session['clock'] {
  const { activeMs, since } = state.clock;
  return { activeMs: activeMs + (since === null ? 0 : Math.max(0, now - since)), since: null };
}

function holdReason(state: Session): string {
  switch (state.hold?.kind) {
    case 'timeout':
      return 'You are in a time-out. Choose “Resume” when you are both ready.';
    case 'later':
      return 'You chose a later time for this dialogue. Choose “Start now” when you are both ready.';
    default:
      return 'The dialogue is paused. Choose “Resume” when you are both ready.';
  }
}

function updateTurn(state: Session, f: (t: SessionTurn) => SessionTurn): SessionTurn[] {
  const turns = [...state.turns];
  turns[turns.length - 1] = f(currentTurn(state));
  return turns;
}

function lastMessage(state: Session, step: Step) {
  return currentTurn(state)
    .messages.filter((m) => m.step === step)
    .at(-1);
}

/** Parses a local `YYYY-MM-DDTHH:mm` date and time to epoch ms, or null. */
export function parseLocal(at: string): number | null {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)$/.exec(at);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  if (h > 23 || mi > 59) return null;
  return date.getTime();
}

// Selectors: what the screen shows.

export function currentTurn(state: Session): SessionTurn {
  return state.turns[state.turns.length - 1]!;
}

/** The partner sending in the current turn. */
export function sender(state: Session): Partner {
  return currentTurn(state).sender;
}

/** The partner listening in the current turn. */
export function receiver(state: Session): Partner {
  return sender(state) === 0 ? 1 : 0;
}

/** Who speaks, writes or answers at this step; `both` where the step is for the two of them. */
export function whoseTurn(state: Session): Partner | 'both' {
  switch (state.step) {
    case 'appointment':
    case 'mirror':
    case 'summary':
    case 'validation':
    case 'empathy':
      return receiver(state);
    case 'send':
    case 'resend':
    case 'check':
    case 'more':
    case 'summary-check':
    case 'validation-check':
    case 'empathy-check':
    case 'close':
      return sender(state);
    case 'appreciate':
      return appreciator(state);
    default:
      return 'both';
  }
}

/** Who writes the text at a text step (the one whose turn it is). */
function writer(state: Session): Partner {
  const who = whoseTurn(state);
  return who === 'both' ? sender(state) : who;
}

/** At the appreciations, the partner who listened last goes first, then the other. */
export function appreciator(state: Session): Partner {
  const first = receiver(state);
  return state.appreciations.length === 0 ? first : first === 0 ? 1 : 0;
}

/** Whether "Back" would do something now. */
export function canBack(state: Session): boolean {
  return !state.hold && !AFTER.includes(state.step) && state.history.length > 0;
}

/** Whether anything has been said yet (an empty session is not saved when it ends). */
export function hasContent(state: Session): boolean {
  if (state.turns.length > 1 || state.appreciations.length > 0) return true;
  const t = currentTurn(state);
  if (t.marks.length > 0 || t.messages.length > 0) return true;
  return state.step !== 'appointment' && state.step !== 'send';
}

/** Active dialogue time in ms: the clock stops during time-outs, pauses and after the end. */
export function elapsedMs(state: Session, now: number): number {
  const { activeMs, since } = state.clock;
  return activeMs + (since === null ? 0 : Math.max(0, now - since));
}

/** A gentle note about time, never a countdown: `near` in the last 3 minutes, `over` after. */
export function timeNote(elapsed: number, minutes: number): 'none' | 'near' | 'over' {
  const left = minutes * 60_000 - elapsed;
  if (left <= 0) return 'over';
  if (left <= 3 * 60_000) return 'near';
  return 'none';
}

/** The later time the couple chose, while the dialogue waits for it (for the practice schedule). */
export function scheduledFor(state: Session | null): string | null {
  return state?.hold?.kind === 'later' ? state.hold.at : null;
}

/** The sender's words the receiver is mirroring now: the latest message said or said again. */
export function toMirror(state: Session): string {
  return (
    currentTurn(state)
      .messages.filter((m) => m.step === 'send' || m.step === 'resend')
      .at(-1)?.text ?? ''
  );
}

/** Everything the sender said this turn, for the summary. */
export function allSent(state: Session): string[] {
  return currentTurn(state)
    .messages.filter((m) => m.step === 'send' || m.step === 'resend')
    .map((m) => m.text);
}

/** The latest text written at `step` in this turn (typed mode), e.g. the mirror to check. */
export function latest(state: Session, step: Step): string {
  return lastMessage(state, step)?.text ?? '';
}

/** The finished dialogue, in the shape the `dialogues` area keeps. */
export function toRecord(state: Session, now: number): DialogueRecord {
  const typed = state.setup.mode === 'typed';
  const ms = elapsedMs(state, state.endedAt ?? now);
  const record: DialogueRecord = {
    id: state.id,
    startedAt: new Date(state.startedAt).toISOString(),
    endedAt: new Date(state.endedAt ?? now).toISOString(),
    topic: state.setup.topic,
    partners: [state.setup.names[0], state.setup.names[1]],
    mode: state.setup.mode,
    minutes: ms >= 30_000 ? Math.max(1, Math.round(ms / 60_000)) : 0,
    turns: state.turns.map((t) =>
      typed
        ? { sender: t.sender, marks: [...t.marks], messages: t.messages.map((m) => ({ ...m })) }
        : { sender: t.sender, marks: [...t.marks] },
    ),
    reflections: state.reflections.map((r) => ({ ...r })),
  };
  if (state.appreciations.length > 0) record.appreciations = state.appreciations.map((a) => ({ ...a }));
  return record;
}
