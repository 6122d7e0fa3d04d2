import { afterEach, describe, expect, it, vi } from 'vitest';
import { entryContent, type JournalContent } from '../../src/lib/practice/journal';
import { dialogueReflections, type DialogueRecord } from '../../src/lib/practice/dialogues';
import { openTab, SharedStorage } from './helpers/tabs';

const load = async () => ({
  ...(await import('../../src/stores/lock')),
  ...(await import('../../src/stores/journal')),
  ...(await import('../../src/stores/dialogues')),
  ...(await import('../../src/stores/persist')),
});

const fast = { iterations: 1000 };
const PASS = 'a long enough passphrase';

function content(situation: string): JournalContent {
  return {
    situation,
    feelings: ['hurt'],
    body: ['tight chest'],
    intensity: 6,
    reminds: 'An old kitchen',
    needed: 'To be asked',
    request: '',
    tags: ['dinner'],
  };
}

const dialogue = (id: string, learned: string): DialogueRecord => ({
  id,
  startedAt: '2026-02-05T19:30:00.000Z',
  endedAt: '2026-02-05T19:55:00.000Z',
  topic: 'Sunday mornings',
  partners: ['Sam', 'Alex'],
  mode: 'spoken',
  minutes: 25,
  turns: [],
  reflections: [{ partner: 0, learned, pattern: '', tryNext: '' }],
});

const everything = (shared: SharedStorage) => [...shared.data.values()].join('\n');

afterEach(() => vi.unstubAllGlobals());

describe('the lock in the stores', () => {
  it('seals existing entries when set, and never writes private text afterwards', async () => {
    const shared = new SharedStorage();
    const t = await openTab(shared, load);
    t.saveJournalEntry(content('Written before the lock'));
    t.recordDialogue(dialogue('d1', 'Reflection before the lock'));
    expect(everything(shared)).toContain('Written before the lock');

    expect(await t.setLock(PASS, fast)).toEqual({ ok: true });
    expect(everything(shared)).not.toContain('Written before the lock');
    expect(everything(shared)).not.toContain('Reflection before the lock');
    expect(everything(shared)).not.toContain(PASS);

    t.saveJournalEntry(content('Written while locked'));
    t.recordDialogue(dialogue('d2', 'A private reflection'));
    expect(t.$journal.get().entries).toHaveLength(2); // on screen at once
    expect(everything(shared)).not.toContain('Written while locked'); // held until sealed
    await t.settled();
    expect(everything(shared)).not.toContain('Written while locked');
    expect(everything(shared)).not.toContain('A private reflection');
    const stored = JSON.parse(shared.data.get('imago:journal')!).data.entries;
    expect(stored).toHaveLength(2);
    expect(stored.every((e: { sealed?: string; content?: unknown }) => e.sealed && !e.content)).toBe(true);

    // Still readable in this page: the lock was just set here.
    const opened = t.$opened.get();
    expect(
      t.$journal
        .get()
        .entries.map((e) => entryContent(e, opened)?.situation)
        .sort(),
    ).toEqual(['Written before the lock', 'Written while locked']);
  });

  it('is locked again after a reload; a wrong passphrase gets a clear message', async () => {
    const shared = new SharedStorage();
    const first = await openTab(shared, load);
    first.saveJournalEntry(content('Private words'));
    first.recordDialogue(dialogue('d1', 'What I learned'));
    await first.setLock(PASS, fast);

    const t = await openTab(shared, load);
    expect(t.$lockState.get()).toBe('locked');
    const [entry] = t.$journal.get().entries;
    expect(entryContent(entry!, t.$opened.get())).toBeUndefined();
    expect(dialogueReflections(t.$dialogues.get().sessions[0]!, t.$opened.get()).locked).toBe(true);

    const wrong = await t.unlock('not the passphrase');
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.message).toMatch(/did not open your entries/);
    expect(t.$lockState.get()).toBe('locked');

    expect(await t.unlock(PASS)).toEqual({ ok: true });
    expect(t.$lockState.get()).toBe('unlocked');
    expect(entryContent(entry!, t.$opened.get())?.situation).toBe('Private words');
    expect(dialogueReflections(t.$dialogues.get().sessions[0]!, t.$opened.get()).reflections[0]?.learned).toBe(
      'What I learned',
    );

    t.lockNow();
    expect(entryContent(entry!, t.$opened.get())).toBeUndefined();
  });

  it('seals a new entry written while locked, which then needs the passphrase', async () => {
    const shared = new SharedStorage();
    const first = await openTab(shared, load);
    await first.setLock(PASS, fast);
    const t = await openTab(shared, load);
    const id = t.saveJournalEntry(content('Added while locked'));
    await t.settled();
    const entry = t.$journal.get().entries.find((e) => e.id === id)!;
    expect(entry.sealed).toBeDefined();
    expect(entryContent(entry, t.$opened.get())).toBeUndefined();
    expect(everything(shared)).not.toContain('Added while locked');
    await t.unlock(PASS);
    expect(entryContent(entry, t.$opened.get())?.situation).toBe('Added while locked');
  });

  it('removing the lock opens every entry and stores it readable again', async () => {
    const shared = new SharedStorage();
    const t = await openTab(shared, load);
    t.saveJournalEntry(content('Back in the open'));
    t.recordDialogue(dialogue('d1', 'Open reflection'));
    await t.setLock(PASS, fast);
    const u = await openTab(shared, load);
    const wrong = await u.removeLock('wrong passphrase');
    expect(wrong.ok).toBe(false);
    expect(JSON.parse(shared.data.get('imago:settings')!).data.lock).toBeDefined();
    expect(await u.removeLock(PASS)).toEqual({ ok: true });
    expect(u.$lockState.get()).toBe('off');
    expect(JSON.parse(shared.data.get('imago:settings')!).data.lock).toBeUndefined();
    expect(JSON.parse(shared.data.get('imago:journal')!).data.entries[0].content.situation).toBe('Back in the open');
    expect(JSON.parse(shared.data.get('imago:dialogues')!).data.sessions[0].reflections[0].learned).toBe(
      'Open reflection',
    );
  });

  it('changes the passphrase without re-sealing anything', async () => {
    const shared = new SharedStorage();
    const t = await openTab(shared, load);
    t.saveJournalEntry(content('Kept across a new passphrase'));
    await t.setLock(PASS, fast);
    const before = shared.data.get('imago:journal');
    expect(await t.changePassphrase('wrong passphrase', 'another passphrase')).toMatchObject({ ok: false });
    expect(await t.changePassphrase(PASS, 'another passphrase')).toEqual({ ok: true });
    expect(shared.data.get('imago:journal')).toBe(before);
    const u = await openTab(shared, load);
    expect((await u.unlock(PASS)).ok).toBe(false);
    expect((await u.unlock('another passphrase')).ok).toBe(true);
  });

  it('after a forgotten passphrase, deletes what cannot be opened and removes the lock', async () => {
    const shared = new SharedStorage();
    const t = await openTab(shared, load);
    t.saveJournalEntry(content('Lost with the passphrase'));
    t.recordDialogue(dialogue('d1', 'Lost reflection'));
    await t.setLock(PASS, fast);
    const u = await openTab(shared, load);
    u.forgetLock();
    expect(u.$lockState.get()).toBe('off');
    expect(u.$journal.get().entries).toEqual([]);
    const session = JSON.parse(shared.data.get('imago:dialogues')!).data.sessions[0];
    expect(session.topic).toBe('Sunday mornings'); // the dialogue itself is kept
    expect(session.sealedReflections).toBeUndefined();
  });

  it('another tab setting the lock closes it here and seals what this tab writes', async () => {
    const shared = new SharedStorage();
    const a = await openTab(shared, load);
    const b = await openTab(shared, load);
    await a.setLock(PASS, fast);
    shared.deliver();
    expect(b.$lockState.get()).toBe('locked');
    b.saveJournalEntry(content('From the second tab'));
    await b.settled();
    expect(everything(shared)).not.toContain('From the second tab');
  });
});
