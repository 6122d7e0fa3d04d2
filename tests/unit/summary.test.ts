import { describe, expect, it } from 'vitest';
import type { DialogueRecord } from '../../src/lib/practice/dialogues';
import type { JournalEntry } from '../../src/lib/practice/journal';
import { buildSummary, firstWords } from '../../src/lib/practice/summary';

const record = (id: string, startedAt: string, extra: Partial<DialogueRecord> = {}): DialogueRecord => ({
  id,
  startedAt,
  endedAt: startedAt,
  topic: id,
  partners: ['Sam', 'Alex'],
  mode: 'spoken',
  minutes: 20,
  turns: [],
  reflections: [{ partner: 0, learned: `learned in ${id}`, pattern: '', tryNext: '' }],
  ...extra,
});
const content = (situation: string) => ({
  situation,
  feelings: [],
  body: [],
  intensity: 5,
  reminds: '',
  needed: '',
  request: '',
  tags: [],
});
const entry = (id: string, createdAt: string, extra: Partial<JournalEntry> = {}): JournalEntry => ({
  id,
  createdAt,
  updatedAt: createdAt,
  content: content(`situation ${id}`),
  ...extra,
});

describe('therapist summary', () => {
  const dialogues = {
    sessions: [
      record('late', '2026-03-10T19:00:00Z'),
      record('early', '2026-03-01T19:00:00Z'),
      record('skip', '2026-03-05T19:00:00Z'),
    ],
  };
  const journal = {
    entries: [
      entry('j2', '2026-03-08T21:00:00Z'),
      entry('j1', '2026-02-27T21:00:00Z'),
      entry('locked', '2026-03-09T21:00:00Z', { content: undefined, sealed: 's1.aaaaaaaaaaaaaaaaaaaaaaaa.b.c' }),
    ],
  };

  it('holds only what was chosen, oldest first, with its period', () => {
    const m = buildSummary(
      { dialogues: new Set(['late', 'early']), reflections: true, entries: new Set(['j1', 'j2', 'locked']) },
      dialogues,
      journal,
      new Map(),
    );
    expect(m.dialogues.map((d) => d.record.id)).toEqual(['early', 'late']);
    expect(m.dialogues[0]!.reflections[0]!.learned).toBe('learned in early');
    expect(m.entries.map((e) => e.id)).toEqual(['j1', 'j2']); // a locked entry cannot go in
    expect(m.from).toBe('2026-02-27T21:00:00Z');
    expect(m.to).toBe('2026-03-10T19:00:00Z');
  });

  it('leaves reflections out when asked, and is empty when nothing is chosen', () => {
    const m = buildSummary(
      { dialogues: new Set(['late']), reflections: false, entries: new Set() },
      dialogues,
      journal,
      new Map(),
    );
    expect(m.dialogues[0]!.reflections).toEqual([]);
    expect(
      buildSummary({ dialogues: new Set(), reflections: true, entries: new Set() }, dialogues, journal, new Map()),
    ).toEqual({
      dialogues: [],
      entries: [],
      from: undefined,
      to: undefined,
    });
  });

  it('includes a locked entry once it has been opened', () => {
    const opened = new Map([['s1.aaaaaaaaaaaaaaaaaaaaaaaa.b.c', content('opened now')]]);
    const m = buildSummary(
      { dialogues: new Set(), reflections: true, entries: new Set(['locked']) },
      dialogues,
      journal,
      opened,
    );
    expect(m.entries[0]?.content.situation).toBe('opened now');
  });

  it('labels an entry by its first words', () => {
    expect(firstWords('Short one.')).toBe('Short one.');
    expect(firstWords('They checked their phone while I was telling them about my day at work, again.', 40)).toBe(
      'They checked their phone while I was…',
    );
  });
});
