import { describe, expect, it } from 'vitest';
import {
  STEP_NAMES,
  TEXT_STEPS,
  allSent,
  appreciator,
  canBack,
  elapsedMs,
  hasContent,
  latest,
  parseLocal,
  receiver,
  scheduledFor,
  sender,
  start,
  timeNote,
  toMirror,
  toRecord,
  transition,
  whoseTurn,
  type Action,
  type Session,
  type Setup,
} from '../../src/lib/dialogue/machine';
import { STEPS, sessionSchema } from '../../src/lib/practice/dialogue-session';
import { dialogueRecordSchema } from '../../src/lib/practice/dialogues';
import { copyFor, phaseOf, round } from '../../src/lib/dialogue/steps';
import * as z from 'zod/mini';

const T0 = Date.UTC(2026, 2, 14, 18, 0);
const MIN = 60_000;

function setup(over: Partial<Setup> = {}): Setup {
  return { names: ['Robin', 'Kai'], firstSender: 0, topic: 'weekends', minutes: 20, mode: 'typed', ...over };
}

function fresh(over: Partial<Setup> = {}, now = T0): Session {
  const r = start(setup(over), { id: 'd-test', now });
  if (!r.ok) throw new Error(r.reason);
  return r.state;
}

type Act = Action extends infer A ? (A extends { now: number } ? Omit<A, 'now'> : never) : never;

/** Applies actions one minute apart, failing the test if any is refused. */
function run(state: Session, ...actions: Act[]): Session {
  let s = state;
  for (const a of actions) {
    const r = transition(s, { ...a, now: s.updatedAt + MIN } as Action);
    if (!r.ok) throw new Error(`${a.type} at ${s.step} refused: ${r.reason}`);
    expect(z.safeParse(sessionSchema, r.state).success, `valid session after ${a.type}`).toBe(true);
    s = r.state;
  }
  return s;
}

function refused(state: Session, a: Act): string {
  const r = transition(state, { ...a, now: state.updatedAt + MIN } as Action);
  expect(r.ok, `${a.type} at ${state.step} should be refused`).toBe(false);
  expect(r.state).toBe(state);
  return r.ok ? '' : r.reason;
}

const say = (text: string): Act => ({ type: 'submit', text });

/** Typed: one piece sent, mirrored and marked as got. */
function piece(s: Session, n: number): Session {
  return run(s, say(`When plans change last minute, I feel tense ${n}.`), say(`If I got it, you feel tense ${n}.`), {
    type: 'mark',
    mark: 'got-it',
  });
}

/** Typed: from "Is there more?" (answered no) to the sender's thanks. */
function toNext(s: Session): Session {
  return run(
    s,
    { type: 'more', more: false },
    say('Let me see if I got all of that.'),
    { type: 'confirm', landed: true },
    say('You make sense, because plans matter to you.'),
    { type: 'confirm', landed: true },
    say('I imagine you might feel tense and let down.'),
    { type: 'confirm', landed: true },
    say('Thank you for listening.'),
  );
}

describe('start', () => {
  it('builds a session at the appointment, first sender from the set-up, clock running', () => {
    const s = fresh({ firstSender: 1, names: [' Robin ', 'Kai'], topic: '  money ' });
    expect(s.step).toBe('appointment');
    expect(s.setup.names).toEqual(['Robin', 'Kai']);
    expect(s.setup.topic).toBe('money');
    expect(sender(s)).toBe(1);
    expect(receiver(s)).toBe(0);
    expect(s.clock).toEqual({ activeMs: 0, since: T0 });
    expect(z.safeParse(sessionSchema, s).success).toBe(true);
  });

  it.each([
    [{ names: ['', 'Kai'] as [string, string] }, /name/],
    [{ names: ['Sam', 'sam'] as [string, string] }, /two different names/],
    [{ names: ['x'.repeat(41), 'Kai'] as [string, string] }, /under 40/],
    [{ topic: 't'.repeat(201) }, /topic/],
    [{ minutes: 25 as 20 }, /15, 20 or 30/],
    [{ mode: 'video' as 'typed' }, /spoken or typed/],
    [{ firstSender: 2 as 0 }, /who sends first/],
  ])('refuses a set-up that cannot work (%o)', (over, reason) => {
    const r = start(setup(over), { id: 'x', now: T0 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});

describe('the appointment', () => {
  it('goes to the sender on yes', () => {
    const s = run(fresh(), { type: 'accept' });
    expect(s.step).toBe('send');
    expect(whoseTurn(s)).toBe(0);
  });

  it('keeps a later time, stops the clock, and asks again on resume', () => {
    const s0 = fresh();
    const at = '2026-03-15T19:30';
    const s = run(s0, { type: 'reschedule', at });
    expect(s.hold).toEqual({ kind: 'later', since: T0 + MIN, at });
    expect(s.later).toBe(at);
    expect(scheduledFor(s)).toBe(at);
    expect(s.clock.since).toBeNull();
    expect(elapsedMs(s, T0 + 60 * MIN)).toBe(MIN);
    const back = run(s, { type: 'resume' });
    expect(back.step).toBe('appointment');
    expect(back.hold).toBeNull();
    expect(scheduledFor(back)).toBeNull();
    expect(back.later).toBe(at);
    expect(elapsedMs(back, back.updatedAt + 2 * MIN)).toBe(3 * MIN);
  });

  it('refuses a later time in the past or not a time at all', () => {
    const s = fresh();
    expect(refused(s, { type: 'reschedule', at: '2026-03-14T17:00' })).toMatch(/later than now/);
    expect(refused(s, { type: 'reschedule', at: 'tomorrow' })).toMatch(/date and a time/);
    expect(refused(s, { type: 'reschedule', at: '2026-02-30T10:00' })).toMatch(/date and a time/);
  });

  it('offers the later time only at the appointment or from a hold', () => {
    const s = run(fresh(), { type: 'accept' });
    expect(refused(s, { type: 'reschedule', at: '2026-03-15T19:30' })).toMatch(/appointment/);
    const t = run(s, { type: 'timeout' }, { type: 'reschedule', at: '2026-03-15T19:30' });
    expect(t.hold?.kind).toBe('later');
    expect(t.step).toBe('send');
  });
});

describe('send, mirror and the "Is there more?" loop', () => {
  it('walks send → mirror → check → more, with whose turn at each step', () => {
    let s = run(fresh(), { type: 'accept' });
    expect([s.step, whoseTurn(s)]).toEqual(['send', 0]);
    s = run(s, say('When the plans change, I feel tense.'));
    expect([s.step, whoseTurn(s)]).toEqual(['mirror', 1]);
    expect(toMirror(s)).toBe('When the plans change, I feel tense.');
    s = run(s, say('If I got it, you feel tense.'));
    expect([s.step, whoseTurn(s)]).toEqual(['check', 0]);
    expect(latest(s, 'mirror')).toBe('If I got it, you feel tense.');
    s = run(s, { type: 'mark', mark: 'got-it' });
    expect([s.step, whoseTurn(s)]).toEqual(['more', 0]);
    expect(s.turns[0]!.marks).toEqual(['got-it']);
    expect(s.turns[0]!.messages.map((m) => [m.by, m.step])).toEqual([
      [0, 'send'],
      [1, 'mirror'],
    ]);
  });

  it('loops back to send while there is more, then goes to the summary', () => {
    let s = piece(run(fresh(), { type: 'accept' }), 1);
    s = run(s, { type: 'more', more: true });
    expect(s.step).toBe('send');
    expect(round(s)).toBe(2);
    s = piece(s, 2);
    s = run(s, { type: 'more', more: true });
    expect(round(s)).toBe(3);
    s = piece(s, 3);
    s = run(s, { type: 'more', more: false });
    expect(s.step).toBe('summary');
    expect(allSent(s)).toHaveLength(3);
    expect(s.turns[0]!.marks).toEqual(['got-it', 'got-it', 'got-it']);
  });

  it.each(['partly', 'missed'] as const)('after “%s” the sender says it again and it is mirrored again', (mark) => {
    let s = run(fresh(), { type: 'accept' }, say('I feel lonely on Sundays.'), say('You feel lonely.'), {
      type: 'mark',
      mark,
    });
    expect([s.step, whoseTurn(s)]).toEqual(['resend', 0]);
    s = run(s, say('On Sundays especially.'));
    expect(s.step).toBe('mirror');
    expect(toMirror(s)).toBe('On Sundays especially.');
    s = run(s, say('Especially on Sundays.'), { type: 'mark', mark: 'got-it' });
    expect(s.step).toBe('more');
    expect(s.turns[0]!.marks).toEqual([mark, 'got-it']);
  });

  it('lets the sender move on without saying it again', () => {
    const s = run(fresh(), { type: 'accept' }, say('I feel lonely.'), say('You feel alone.'), {
      type: 'mark',
      mark: 'partly',
    });
    expect(run(s, { type: 'moveOn' }).step).toBe('more');
  });
});

describe('summary, validation, empathy and the thanks', () => {
  it('each is confirmed by the sender; “not quite” goes back with the last words to amend', () => {
    let s = run(piece(run(fresh(), { type: 'accept' }), 1), { type: 'more', more: false });
    const checks: [string, string, string][] = [
      ['summary', 'summary-check', 'validation'],
      ['validation', 'validation-check', 'empathy'],
      ['empathy', 'empathy-check', 'close'],
    ];
    for (const [step, check, next] of checks) {
      expect([s.step, whoseTurn(s)]).toEqual([step, 1]);
      s = run(s, say(`first ${step}`));
      expect([s.step, whoseTurn(s)]).toEqual([check, 0]);
      s = run(s, { type: 'confirm', landed: false });
      expect(s.step).toBe(step);
      expect(s.drafts[step as 'summary']).toBe(`first ${step}`);
      s = run(s, say(`second ${step}`), { type: 'confirm', landed: true });
      expect(s.step).toBe(next);
      expect(s.drafts[step as 'summary']).toBeUndefined();
    }
    expect(whoseTurn(s)).toBe(0);
    s = run(s, say('Thank you.'));
    expect(s.step).toBe('next');
    expect(whoseTurn(s)).toBe('both');
  });
});

describe('swap and appreciations', () => {
  it('swaps roles into a new turn, then ends with an appreciation each (listener first)', () => {
    let s = toNext(piece(run(fresh(), { type: 'accept' }), 1));
    s = run(s, { type: 'swap' });
    expect(s.step).toBe('send');
    expect(s.turns).toHaveLength(2);
    expect(sender(s)).toBe(1);
    expect(whoseTurn(s)).toBe(1);
    expect(round(s)).toBe(1);
    s = toNext(piece(s, 1));
    s = run(s, { type: 'appreciate' });
    expect(s.step).toBe('appreciate');
    expect(appreciator(s)).toBe(0);
    expect(whoseTurn(s)).toBe(0);
    s = run(s, say('One thing I appreciate about you is your patience.'));
    expect(s.step).toBe('appreciate');
    expect(whoseTurn(s)).toBe(1);
    s = run(s, say('I appreciate how you planned today.'));
    expect(s.step).toBe('reflection');
    expect(s.outcome).toBe('complete');
    expect(s.endedAt).toBe(s.updatedAt);
    expect(s.clock.since).toBeNull();
    expect(s.appreciations.map((a) => a.by)).toEqual([0, 1]);
  });
});

describe('reflection and done', () => {
  it('keeps one reflection per partner, drops an empty one, and finishes', () => {
    let s = run(toNext(piece(run(fresh(), { type: 'accept' }), 1)), { type: 'end' });
    expect(s.step).toBe('reflection');
    expect(s.outcome).toBe('complete');
    s = run(
      s,
      { type: 'reflect', partner: 1, field: 'learned', text: 'I rush to fix.' },
      { type: 'reflect', partner: 0, field: 'tryNext', text: 'Ask for an appointment.' },
      { type: 'reflect', partner: 1, field: 'pattern', text: 'Sundays.' },
    );
    expect(s.reflections).toEqual([
      { partner: 0, learned: '', pattern: '', tryNext: 'Ask for an appointment.' },
      { partner: 1, learned: 'I rush to fix.', pattern: 'Sundays.', tryNext: '' },
    ]);
    s = run(s, { type: 'reflect', partner: 0, field: 'tryNext', text: '  ' });
    expect(s.reflections.map((r) => r.partner)).toEqual([1]);
    s = run(s, { type: 'finish' });
    expect(s.step).toBe('done');
    expect(refused(s, { type: 'back' })).toMatch(/finished/);
    expect(refused(s, { type: 'end' })).toMatch(/finished/);
  });

  it('"End" at the reflection finishes too', () => {
    const s = run(toNext(piece(run(fresh(), { type: 'accept' }), 1)), { type: 'end' }, { type: 'end' });
    expect(s.step).toBe('done');
  });
});

describe('time-out, pause, resume', () => {
  it('a time-out holds the step and stops the clock; resume picks up exactly there', () => {
    let s = run(fresh(), { type: 'accept' }, say('I feel tense.'));
    const before = elapsedMs(s, s.updatedAt);
    s = run(s, { type: 'timeout' });
    expect(s.hold?.kind).toBe('timeout');
    expect(s.step).toBe('mirror');
    expect(elapsedMs(s, s.updatedAt + 30 * MIN)).toBe(before + MIN);
    expect(canBack(s)).toBe(false);
    expect(refused(s, say('x'))).toMatch(/time-out/);
    expect(refused(s, { type: 'timeout' })).toMatch(/time-out/);
    expect(refused(s, { type: 'back' })).toMatch(/time-out/);
    s = run(s, { type: 'resume' });
    expect(s.hold).toBeNull();
    expect(s.step).toBe('mirror');
    expect(s.clock.since).toBe(s.updatedAt);
  });

  it('from a time-out the couple can pause; a pause can be rescheduled or resumed', () => {
    let s = run(fresh(), { type: 'accept' }, { type: 'timeout' }, { type: 'pause' });
    expect(s.hold?.kind).toBe('paused');
    expect(refused(s, { type: 'pause' })).toMatch(/paused/);
    expect(refused(s, { type: 'timeout' })).toMatch(/paused/);
    s = run(s, { type: 'reschedule', at: '2026-03-16T08:00' });
    expect(s.hold?.kind).toBe('later');
    expect(refused(s, { type: 'accept' })).toMatch(/later time/);
    s = run(s, { type: 'resume' });
    expect(s.step).toBe('send');
  });

  it('refuses resume when nothing is on hold', () => {
    expect(refused(fresh(), { type: 'resume' })).toMatch(/not paused/);
  });

  it('reopening after a reload pauses a running dialogue, counting time only up to the last action', () => {
    const s = run(fresh(), { type: 'accept' }, say('I feel tense.'));
    const r = transition(s, { type: 'reopen', now: s.updatedAt + 8 * 60 * MIN });
    expect(r.ok).toBe(true);
    expect(r.state.hold).toEqual({ kind: 'paused', since: s.updatedAt });
    expect(elapsedMs(r.state, s.updatedAt + 9 * 60 * MIN)).toBe(2 * MIN);
    expect(r.state.step).toBe('mirror');
    const resumed = run(r.state, { type: 'resume' });
    expect(resumed.step).toBe('mirror');
    expect(resumed.turns).toEqual(s.turns);
  });

  it('reopening leaves a session that is already on hold, or over, as it is', () => {
    const held = run(fresh(), { type: 'timeout' });
    expect(transition(held, { type: 'reopen', now: T0 + 99 * MIN }).state).toBe(held);
    const over = run(toNext(piece(run(fresh(), { type: 'accept' }), 1)), { type: 'end' });
    expect(transition(over, { type: 'reopen', now: T0 + 99 * MIN }).state).toBe(over);
  });

  it('no time-out or pause once the dialogue has ended', () => {
    const over = run(toNext(piece(run(fresh(), { type: 'accept' }), 1)), { type: 'end' });
    expect(refused(over, { type: 'timeout' })).toMatch(/ended/);
    expect(refused(over, { type: 'pause' })).toMatch(/ended/);
  });
});

describe('Back', () => {
  it('undoes each step, restoring what was written as a draft', () => {
    const s0 = run(fresh(), { type: 'accept' });
    const s1 = run(s0, say('I feel tense.'));
    const s2 = run(s1, say('You feel tense.'));
    const s3 = run(s2, { type: 'mark', mark: 'partly' });
    const b3 = run(s3, { type: 'back' });
    expect(b3.step).toBe('check');
    expect(b3.turns).toEqual(s2.turns);
    const b2 = run(b3, { type: 'back' });
    expect(b2.step).toBe('mirror');
    expect(b2.turns).toEqual(s1.turns);
    expect(b2.drafts.mirror).toBe('You feel tense.');
    const b1 = run(b2, { type: 'back' });
    expect(b1.step).toBe('send');
    expect(b1.drafts.send).toBe('I feel tense.');
    expect(b1.turns[0]!.messages).toEqual([]);
    const b0 = run(b1, { type: 'back' });
    expect(b0.step).toBe('appointment');
    expect(canBack(b0)).toBe(false);
    expect(refused(b0, { type: 'back' })).toMatch(/first step/);
  });

  it('undoes a swap and an appreciation', () => {
    const next = toNext(piece(run(fresh(), { type: 'accept' }), 1));
    const swapped = run(next, { type: 'swap' });
    const undone = run(swapped, { type: 'back' });
    expect(undone.step).toBe('next');
    expect(undone.turns).toEqual(next.turns);
    const a1 = run(next, { type: 'appreciate' }, say('Your patience.'));
    const b = run(a1, { type: 'back' });
    expect(b.step).toBe('appreciate');
    expect(b.appreciations).toEqual([]);
    expect(b.drafts.appreciate).toBe('Your patience.');
    expect(whoseTurn(b)).toBe(appreciator(b));
  });

  it('is refused after the end', () => {
    const over = run(toNext(piece(run(fresh(), { type: 'accept' }), 1)), { type: 'end' });
    expect(canBack(over)).toBe(false);
    expect(refused(over, { type: 'back' })).toMatch(/ended/);
  });
});

describe('End', () => {
  it('an empty session ends at done and is marked empty', () => {
    const s = run(fresh(), { type: 'accept' }, { type: 'end' });
    expect(s.step).toBe('done');
    expect(s.outcome).toBe('empty');
    expect(hasContent(fresh())).toBe(false);
  });

  it('mid-dialogue goes to the reflection and keeps what was said', () => {
    const s = run(fresh(), { type: 'accept' }, say('I feel tense.'), { type: 'timeout' }, { type: 'end' });
    expect(s.step).toBe('reflection');
    expect(s.outcome).toBe('ended');
    expect(s.hold).toBeNull();
    expect(s.turns[0]!.messages).toHaveLength(1);
  });

  it('right after a swap drops the turn that never started', () => {
    const s = run(toNext(piece(run(fresh(), { type: 'accept' }), 1)), { type: 'swap' }, { type: 'end' });
    expect(s.turns).toHaveLength(1);
    expect(s.outcome).toBe('ended');
  });
});

describe('typed and spoken modes', () => {
  it('typed mode needs words before going on, and keeps drafts (capped) per step', () => {
    const s = run(fresh(), { type: 'accept' });
    expect(refused(s, say('   '))).toMatch(/Write a few words/);
    expect(refused(s, { type: 'submit' })).toMatch(/Write a few words/);
    const d = run(s, { type: 'draft', text: 'When' });
    expect(d.drafts.send).toBe('When');
    expect(run(s, { type: 'draft', text: 'x'.repeat(6000) }).drafts.send).toHaveLength(5000);
    expect(run(d, say('When it rains, I feel low.')).drafts.send).toBeUndefined();
  });

  it('spoken mode keeps no text but still records marks, turns and appreciations', () => {
    let s = run(fresh({ mode: 'spoken' }), { type: 'accept' });
    expect(refused(s, { type: 'draft', text: 'x' })).toMatch(/Spoken mode/);
    s = run(s, { type: 'submit' }, { type: 'submit' }, { type: 'mark', mark: 'missed' }, { type: 'submit' });
    s = run(s, { type: 'submit' }, { type: 'mark', mark: 'got-it' }, { type: 'more', more: false });
    s = run(s, { type: 'submit' }, { type: 'confirm', landed: false }, { type: 'submit' });
    expect(s.drafts).toEqual({});
    s = run(s, { type: 'confirm', landed: true }, { type: 'submit' }, { type: 'confirm', landed: true });
    s = run(s, { type: 'submit' }, { type: 'confirm', landed: true }, { type: 'submit' }, { type: 'appreciate' });
    s = run(s, say('ignored'), { type: 'submit' });
    expect(s.step).toBe('reflection');
    expect(s.turns[0]!.messages).toEqual([]);
    expect(s.turns[0]!.marks).toEqual(['missed', 'got-it']);
    expect(s.appreciations).toEqual([
      { by: 1, text: '' },
      { by: 0, text: '' },
    ]);
    const rec = toRecord(s, s.updatedAt);
    expect(rec.turns[0]).toEqual({ sender: 0, marks: ['missed', 'got-it'] });
    expect(rec.mode).toBe('spoken');
  });
});

describe('invalid actions', () => {
  const everyAction: Act[] = [
    { type: 'accept' },
    say('words'),
    { type: 'draft', text: 'words' },
    { type: 'mark', mark: 'got-it' },
    { type: 'moveOn' },
    { type: 'more', more: true },
    { type: 'confirm', landed: true },
    { type: 'swap' },
    { type: 'appreciate' },
    { type: 'reflect', partner: 0, field: 'learned', text: 'x' },
    { type: 'finish' },
  ];

  it('each flow action is refused, with the step it belongs to, everywhere else', () => {
    const states: Session[] = [];
    let s = fresh();
    states.push(s);
    for (const a of [
      { type: 'accept' },
      say('a'),
      say('b'),
      { type: 'mark', mark: 'partly' },
      say('c'),
      say('d'),
      { type: 'mark', mark: 'got-it' },
      { type: 'more', more: false },
      say('e'),
      { type: 'confirm', landed: true },
      say('f'),
      { type: 'confirm', landed: true },
      say('g'),
      { type: 'confirm', landed: true },
      say('h'),
      { type: 'appreciate' },
      say('i'),
      say('j'),
    ] as Act[]) {
      s = run(s, a);
      states.push(s);
    }
    const seen = new Set(states.map((x) => x.step));
    expect([...seen].sort()).toEqual(STEPS.filter((x) => x !== 'done').sort());
    let refusals = 0;
    for (const st of states) {
      for (const a of everyAction) {
        const r = transition(st, { ...a, now: st.updatedAt + MIN } as Action);
        if (!r.ok) {
          refusals++;
          expect(r.state).toBe(st);
          expect(r.reason).toMatch(/belongs to|Write a few words/);
          if (r.reason.includes('belongs to')) expect(r.reason).toContain(`“${STEP_NAMES[st.step]}”`);
        }
      }
    }
    expect(refusals).toBeGreaterThan(states.length * 8);
  });

  it('refuses an action without a time', () => {
    const r = transition(fresh(), { type: 'accept', now: Number.NaN });
    expect(r.ok).toBe(false);
  });
});

describe('the saved record', () => {
  it('matches the dialogues schema, with marks, messages, minutes and reflections', () => {
    let s = piece(run(fresh(), { type: 'accept' }), 1);
    s = run(s, { type: 'more', more: true });
    s = piece(s, 2);
    s = run(toNext(s), { type: 'appreciate' }, say('Thank you for today.'), say('Your calm.'));
    s = run(s, { type: 'reflect', partner: 0, field: 'learned', text: 'Short pieces help.' });
    const rec = toRecord(s, s.updatedAt + 5 * MIN);
    expect(z.safeParse(dialogueRecordSchema, rec).success).toBe(true);
    expect(rec).toMatchObject({
      id: 'd-test',
      startedAt: new Date(T0).toISOString(),
      endedAt: new Date(s.endedAt!).toISOString(),
      topic: 'weekends',
      partners: ['Robin', 'Kai'],
      mode: 'typed',
      minutes: (s.endedAt! - T0) / MIN,
    });
    expect(rec.turns).toHaveLength(1);
    expect(rec.turns[0]!.marks).toEqual(['got-it', 'got-it']);
    expect(rec.turns[0]!.messages!.map((m) => m.step)).toEqual([
      'send',
      'mirror',
      'send',
      'mirror',
      'summary',
      'validation',
      'empathy',
      'close',
    ]);
    expect(rec.appreciations).toEqual([
      { by: 1, text: 'Thank you for today.' },
      { by: 0, text: 'Your calm.' },
    ]);
    expect(rec.reflections).toEqual([{ partner: 0, learned: 'Short pieces help.', pattern: '', tryNext: '' }]);
  });

  it('counts only active minutes', () => {
    const s = run(fresh(), { type: 'accept' }, say('x'));
    const paused = transition(s, { type: 'pause', now: s.updatedAt });
    const resumed = transition(paused.state, { type: 'resume', now: s.updatedAt + 60 * MIN });
    const ended = transition(resumed.state, { type: 'end', now: s.updatedAt + 62 * MIN });
    expect(toRecord(ended.state, s.updatedAt + 99 * MIN).minutes).toBe(4);
  });
});

describe('the gentle time note', () => {
  it('is quiet until the last three minutes, then near, then over', () => {
    expect(timeNote(16 * MIN, 20)).toBe('none');
    expect(timeNote(17 * MIN, 20)).toBe('near');
    expect(timeNote(19.5 * MIN, 20)).toBe('near');
    expect(timeNote(20 * MIN, 20)).toBe('over');
  });
});

describe('parseLocal', () => {
  it('reads a local date and time and refuses impossible ones', () => {
    expect(parseLocal('2026-03-15T19:30')).toBe(new Date(2026, 2, 15, 19, 30).getTime());
    expect(parseLocal('2026-13-01T10:00')).toBeNull();
    expect(parseLocal('2026-03-15T24:00')).toBeNull();
    expect(parseLocal('2026-03-15 19:30')).toBeNull();
  });
});

describe('step copy', () => {
  it('every step has a heading and a lead that names whoever’s turn it is', () => {
    const s = fresh();
    for (const step of STEPS) {
      const st: Session = { ...s, step, appreciations: [] };
      const c = copyFor(st);
      expect(c.title.length).toBeGreaterThan(3);
      const who = whoseTurn(st);
      if (who !== 'both') expect(c.lead).toContain(st.setup.names[who]);
      if (TEXT_STEPS.includes(step)) {
        expect(c.submit, step).toBeTruthy();
        expect(c.field, step).toContain(st.setup.names[who === 'both' ? 0 : who]);
      }
    }
  });

  it('places each dialogue step in a phase', () => {
    expect(phaseOf('appointment')).toBe('appointment');
    expect(phaseOf('resend')).toBe('mirroring');
    expect(phaseOf('empathy-check')).toBe('empathy');
    expect(phaseOf('reflection')).toBeNull();
  });
});
