import { beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeArea, encodeArea } from '../../src/lib/practice/area';
import { dialogueSessionArea } from '../../src/lib/practice/dialogue-session';
import { AREAS } from '../../src/lib/practice/registry';
import { start, transition, type Session } from '../../src/lib/dialogue/machine';
import { appointmentIcs, escapeText, fold, icsFileName } from '../../src/lib/dialogue/ics';

const T0 = Date.UTC(2026, 2, 14, 18, 0);

function session(): Session {
  const r = start(
    { names: ['Robin', 'Kai'], firstSender: 1, topic: 'chores', minutes: 15, mode: 'typed' },
    { id: 'd-1', now: T0 },
  );
  if (!r.ok) throw new Error(r.reason);
  let s = r.state;
  for (const a of [
    { type: 'accept' },
    { type: 'submit', text: 'I feel tired after dinner.' },
    { type: 'draft', text: 'If I got' },
  ] as const) {
    const t = transition(s, { ...a, now: s.updatedAt + 1000 });
    if (!t.ok) throw new Error(t.reason);
    s = t.state;
  }
  return s;
}

describe('dialogue-session area', () => {
  it('is registered with its public key', () => {
    expect(dialogueSessionArea.key).toBe('imago:dialogue-session');
    expect(AREAS).toContain(dialogueSessionArea);
  });

  it('round-trips a session and nothing', () => {
    const s = session();
    expect(decodeArea(dialogueSessionArea, encodeArea(dialogueSessionArea, s))).toEqual({ value: s });
    expect(decodeArea(dialogueSessionArea, encodeArea(dialogueSessionArea, null))).toEqual({ value: null });
    expect(decodeArea(dialogueSessionArea, null)).toEqual({ value: null });
  });

  it('salvages a session whose history and drafts are damaged, paused so the couple can decide', () => {
    const s = session();
    const raw = JSON.stringify({ v: 1, data: { ...s, history: 'oops', drafts: { send: 42 }, hold: { kind: 'x' } } });
    const d = decodeArea(dialogueSessionArea, raw);
    expect(d.problem?.kind).toBe('partial');
    expect(d.value).toMatchObject({ id: 'd-1', step: 'mirror', turns: s.turns, history: [], drafts: {} });
    expect(d.value?.hold?.kind).toBe('paused');
  });

  it('gives up on a session that cannot be read, and says so', () => {
    const d = decodeArea(dialogueSessionArea, JSON.stringify({ v: 1, data: { id: 'd-1', turns: 'nope' } }));
    expect(d.value).toBeNull();
    expect(d.problem?.kind).toBe('partial');
    expect(decodeArea(dialogueSessionArea, '{"v":1,').problem?.kind).toBe('corrupt');
  });
});

describe('appointment .ics', () => {
  const ics = appointmentIcs({
    uid: 'd-1',
    at: '2026-03-15T23:40',
    minutes: 30,
    title: 'Dialogue: Robin, Kai',
    description: 'Topic: chores; money, time\nBring tea.',
    stamp: new Date(T0),
  })!;

  it('is one floating-time event with a reminder, CRLF lines', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('\r\nDTSTART:20260315T234000\r\n');
    // Crosses midnight without touching the host's time zone.
    expect(ics).toContain('\r\nDTEND:20260316T001000\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20260314T180000Z\r\n');
    expect(ics).toContain('\r\nUID:d-1@imago-practice\r\n');
    expect(ics).toContain('TRIGGER:-PT10M');
    expect(ics).toContain('DESCRIPTION:Topic: chores\\; money\\, time\\nBring tea.');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
  });

  it('refuses a time that is not one', () => {
    expect(
      appointmentIcs({ uid: 'x', at: '2026-02-30T10:00', minutes: 20, title: '', description: '', stamp: new Date() }),
    ).toBeNull();
    expect(
      appointmentIcs({ uid: 'x', at: 'soon', minutes: 20, title: '', description: '', stamp: new Date() }),
    ).toBeNull();
  });

  it('folds long lines without splitting characters, and escapes text', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = fold(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => new TextEncoder().encode(p).length <= 75)).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    expect(escapeText('a\\b;c,d\r\ne\u0007')).toBe('a\\\\b\\;c\\,d\\ne');
    expect(icsFileName('2026-03-15T19:30')).toBe('dialogue-2026-03-15-1930.ics');
  });
});

/** A minimal in-memory Web Storage, so the real persistent stores run under Node. */
class MemoryStorage {
  [key: string]: unknown;
  getItem(k: string) {
    return Object.prototype.hasOwnProperty.call(this, k) ? String(this[k]) : null;
  }
  setItem(k: string, v: string) {
    this[k] = String(v);
  }
  removeItem(k: string) {
    delete this[k];
  }
}

let storage: MemoryStorage;

async function loadStore() {
  vi.resetModules();
  const { setPersistentEngine } = await import('@nanostores/persistent');
  setPersistentEngine(storage as unknown as Record<string, string>, {
    addEventListener() {},
    removeEventListener() {},
  });
  return import('../../src/stores/dialogue-session');
}

const saved = (key: string) => {
  const raw = storage.getItem(key);
  return raw === null ? undefined : JSON.parse(raw).data;
};

describe('$dialogueSession store', () => {
  beforeEach(() => {
    storage = new MemoryStorage();
    vi.stubGlobal('localStorage', storage);
    vi.useFakeTimers();
  });

  const SETUP = { names: ['Robin', 'Kai'], firstSender: 0, topic: '', minutes: 20, mode: 'typed' } as const;

  it('writes every step at once', async () => {
    const { begin, act } = await loadStore();
    expect(begin({ ...SETUP, names: ['Robin', 'Kai'] }, T0, 'd-9').ok).toBe(true);
    expect(saved('imago:dialogue-session')).toMatchObject({ id: 'd-9', step: 'appointment' });
    act({ type: 'accept', now: T0 + 1 });
    expect(saved('imago:dialogue-session').step).toBe('send');
    const refused = act({ type: 'mark', mark: 'got-it', now: T0 + 2 });
    expect(refused.ok).toBe(false);
    expect(saved('imago:dialogue-session').step).toBe('send');
  });

  it('writes typed text after a quiet moment, or at once on flush or on the next step', async () => {
    const { begin, act, typeText, flushTyping, hasPendingTyping, TYPING_DELAY } = await loadStore();
    begin({ ...SETUP, names: ['Robin', 'Kai'] }, T0, 'd-9');
    act({ type: 'accept', now: T0 + 1 });
    typeText({ type: 'draft', text: 'When', now: T0 + 2 });
    typeText({ type: 'draft', text: 'When it', now: T0 + 3 });
    expect(saved('imago:dialogue-session').drafts).toEqual({});
    vi.advanceTimersByTime(TYPING_DELAY);
    expect(saved('imago:dialogue-session').drafts).toEqual({ send: 'When it' });
    typeText({ type: 'draft', text: 'When it rains', now: T0 + 4 });
    expect(hasPendingTyping()).toBe(true);
    flushTyping();
    expect(hasPendingTyping()).toBe(false);
    expect(saved('imago:dialogue-session').drafts).toEqual({ send: 'When it rains' });
    typeText({ type: 'draft', text: 'When it rains, I feel low', now: T0 + 5 });
    act({ type: 'timeout', now: T0 + 6 });
    const s = saved('imago:dialogue-session');
    expect(s.drafts).toEqual({ send: 'When it rains, I feel low' });
    expect(s.hold.kind).toBe('timeout');
  });

  it('copies the dialogue to the dialogues area when it ends, updates it with reflections, then clears the session', async () => {
    const { begin, act, typeText, flushTyping, $finished, $dialogueSession, reopen } = await loadStore();
    begin({ ...SETUP, mode: 'spoken', names: ['Robin', 'Kai'] }, T0, 'd-9');
    act({ type: 'accept', now: T0 + 60_000 });
    act({ type: 'submit', now: T0 + 120_000 });
    act({ type: 'end', now: T0 + 180_000 });
    expect(saved('imago:dialogues').sessions).toHaveLength(1);
    expect(saved('imago:dialogues').sessions[0]).toMatchObject({ id: 'd-9', minutes: 3, reflections: [] });
    typeText({ type: 'reflect', partner: 1, field: 'learned', text: 'Go slower.', now: T0 + 200_000 });
    flushTyping();
    expect(saved('imago:dialogues').sessions[0].reflections).toEqual([
      { partner: 1, learned: 'Go slower.', pattern: '', tryNext: '' },
    ]);
    reopen(T0 + 300_000);
    expect($dialogueSession.get()?.step).toBe('reflection');
    act({ type: 'finish', now: T0 + 300_000 });
    expect(saved('imago:dialogue-session')).toBeNull();
    expect($dialogueSession.get()).toBeNull();
    expect($finished.get()?.id).toBe('d-9');
    expect(saved('imago:dialogues').sessions).toHaveLength(1);
  });

  it('saves nothing for a dialogue ended before anything was said', async () => {
    const { begin, act, $finished } = await loadStore();
    begin({ ...SETUP, names: ['Robin', 'Kai'] }, T0, 'd-9');
    act({ type: 'end', now: T0 + 1 });
    expect(saved('imago:dialogue-session')).toBeNull();
    expect(saved('imago:dialogues')).toBeUndefined();
    expect($finished.get()).toBeNull();
  });

  it('does not start a second dialogue over one in progress', async () => {
    const { begin } = await loadStore();
    begin({ ...SETUP, names: ['Robin', 'Kai'] }, T0, 'd-9');
    const again = begin({ ...SETUP, names: ['Ana', 'Bo'] }, T0, 'd-10');
    expect(again.ok).toBe(false);
    expect(saved('imago:dialogue-session').id).toBe('d-9');
  });

  it('a reload pauses a running dialogue', async () => {
    const first = await loadStore();
    first.begin({ ...SETUP, names: ['Robin', 'Kai'] }, T0, 'd-9');
    first.act({ type: 'accept', now: T0 + 1000 });
    const second = await loadStore();
    expect(second.$dialogueSession.get()?.step).toBe('send');
    second.reopen(T0 + 99_000);
    expect(saved('imago:dialogue-session').hold).toEqual({ kind: 'paused', since: T0 + 1000 });
  });
});

describe('record descriptions', () => {
  it('counts marks and names the senders in order, without scores', async () => {
    const { markCounts, describeMarks, describeSenders } = await import('../../src/lib/dialogue/summary');
    const rec = {
      partners: ['Robin', 'Kai'] as [string, string],
      turns: [
        { sender: 0 as const, marks: ['partly' as const, 'got-it' as const] },
        { sender: 1 as const, marks: ['got-it' as const, 'missed' as const] },
        { sender: 0 as const, marks: [] },
      ],
    };
    expect(markCounts(rec)).toEqual({ 'got-it': 2, partly: 1, missed: 1 });
    expect(describeMarks(markCounts(rec))).toBe('2 got it, 1 partly, 1 missed');
    expect(describeMarks({ 'got-it': 0, partly: 0, missed: 0 })).toBe('no mirrors marked');
    expect(describeSenders(rec)).toBe('Robin, then Kai, then Robin');
    expect(describeSenders({ ...rec, turns: [rec.turns[0]!] })).toBe('Robin');
  });
});
