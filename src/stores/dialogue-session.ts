/**
 * The guided dialogue in progress, persisted in this browser, and the actions the page uses.
 *
 * Every step is written at once. Typed text (drafts, reflections) is written after a short pause
 * in typing (`TYPING_DELAY`), and at once by `flushTyping`, which the page calls when it is
 * hidden or closed, and before any other action. When the dialogue part ends it is copied to the
 * `dialogues` area; when the session is done it is cleared and `$finished` holds its record.
 */
import { atom } from 'nanostores';
import {
  start,
  toRecord,
  transition,
  type Action,
  type Session,
  type Setup,
  type Started,
  type Transition,
} from '../lib/dialogue/machine';
import { dialogueSessionArea } from '../lib/practice/dialogue-session';
import type { DialogueRecord } from '../lib/practice/dialogues';
import { recordDialogue } from './dialogues';
import { createAreaStore } from './persist';

// Written at once on every step: typing is batched here (TYPING_DELAY), not in the store.
export const $dialogueSession = createAreaStore(dialogueSessionArea, { writeDelay: 0 });

/** The record of the dialogue that just finished on this page (not persisted: it is in `dialogues`). */
export const $finished = atom<DialogueRecord | null>(null);

/** Milliseconds of quiet typing before typed text is written. */
export const TYPING_DELAY = 300;

type TypingAction = Extract<Action, { type: 'draft' } | { type: 'reflect' }>;

const pending = new Map<string, TypingAction>();
let timer: ReturnType<typeof setTimeout> | undefined;

/** Starts a new session from the set-up (any unfinished one must be ended first). */
export function begin(setup: Setup, now: number, id = newId(now)): Started {
  flushTyping();
  if ($dialogueSession.get()) return { ok: false, reason: 'A dialogue is already in progress. End it first.' };
  const started = start(setup, { id, now });
  if (started.ok) {
    $finished.set(null);
    $dialogueSession.set(started.state);
  }
  return started;
}

/** Applies one action now and saves the result. */
export function act(action: Action): Transition {
  flushTyping();
  const state = $dialogueSession.get();
  if (!state) throw new Error('No dialogue in progress');
  const result = transition(state, action);
  if (result.ok) commit(result.state, action.now);
  return result;
}

/** Records typed text; it is saved after `TYPING_DELAY` ms of quiet, or by `flushTyping`. */
export function typeText(action: TypingAction): void {
  const key = action.type === 'draft' ? 'draft' : `reflect:${action.partner}:${action.field}`;
  pending.delete(key);
  pending.set(key, action);
  clearTimeout(timer);
  timer = setTimeout(flushTyping, TYPING_DELAY);
}

/** Saves any typed text that is waiting. Safe to call at any time. */
export function flushTyping(): void {
  clearTimeout(timer);
  timer = undefined;
  if (pending.size === 0) return;
  const actions = [...pending.values()];
  pending.clear();
  let state = $dialogueSession.get();
  if (!state) return;
  let last = 0;
  for (const a of actions) {
    const r = transition(state, a);
    if (r.ok) state = r.state;
    last = a.now;
  }
  commit(state, last);
}

/** Whether typed text is waiting to be saved (for tests and the "saved" hint). */
export function hasPendingTyping(): boolean {
  return pending.size > 0;
}

/** The saved session after a reload: a running dialogue is paused so the page can offer to resume. */
export function reopen(now: number): void {
  const state = $dialogueSession.get();
  if (!state) return;
  const r = transition(state, { type: 'reopen', now });
  if (r.state !== state) commit(r.state, now);
}

function commit(state: Session, now: number): void {
  // The dialogue record is written before the session moves on, so a crash in between keeps both.
  if ((state.step === 'reflection' || state.step === 'done') && state.outcome !== 'empty') {
    const record = toRecord(state, now);
    recordDialogue(record);
    if (state.step === 'done') $finished.set(record);
  }
  $dialogueSession.set(state.step === 'done' ? null : state);
}

function newId(now: number): string {
  return `d-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
