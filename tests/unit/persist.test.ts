import { afterEach, describe, expect, it, vi } from 'vitest';
import { openTab, SharedStorage } from './helpers/tabs';

const load = async () => ({
  ...(await import('../../src/stores/persist')),
  ...(await import('../../src/stores/progress')),
  ...(await import('../../src/stores/appreciations')),
});

const stored = (shared: SharedStorage, key: string) => {
  const raw = shared.data.get(key);
  return raw === undefined ? undefined : JSON.parse(raw);
};

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('debounced writes', () => {
  it('keeps changes in memory at once and writes them together after a pause', async () => {
    vi.useFakeTimers();
    const shared = new SharedStorage();
    const t = await openTab(shared, load);
    t.setWriteDelay(400);
    t.markLessonDone('mirroring', true);
    t.markLessonDone('empathy', true);
    expect(t.$progress.get().lessons.empathy?.done).toBeTruthy();
    expect(shared.data.has('imago:progress')).toBe(false);
    expect(t.hasPendingWrite(t.$progress)).toBe(true);
    vi.advanceTimersByTime(399);
    expect(shared.data.has('imago:progress')).toBe(false);
    vi.advanceTimersByTime(1);
    expect(Object.keys(stored(shared, 'imago:progress').data.lessons)).toEqual(['mirroring', 'empathy']);
    expect(t.hasPendingWrite(t.$progress)).toBe(false);
  });

  it('writes within the longest wait even while changes keep coming', async () => {
    vi.useFakeTimers();
    const shared = new SharedStorage();
    const t = await openTab(shared, load);
    t.setWriteDelay(400);
    for (let i = 0; i < 10; i++) {
      t.markLessonDone(`lesson-${i}`, true);
      vi.advanceTimersByTime(300);
    }
    // 3 s of steady typing: the 2 s cap has forced at least one write.
    expect(stored(shared, 'imago:progress')).toBeDefined();
  });

  it('a store created with writeDelay 0 writes at once', async () => {
    vi.useFakeTimers();
    const shared = new SharedStorage();
    const t = await openTab(shared, load);
    t.setWriteDelay(400);
    const { scheduleArea } = await import('../../src/lib/practice/schedule');
    const store = t.createAreaStore(scheduleArea, { writeDelay: 0 });
    store.set({});
    store.set({ plan: undefined });
    expect(shared.data.has('imago:schedule')).toBe(true);
  });

  it('flushAll writes pending changes at once (what pagehide and a hidden page call)', async () => {
    vi.useFakeTimers();
    const shared = new SharedStorage();
    const t = await openTab(shared, load);
    t.setWriteDelay(400);
    t.markLessonDone('mirroring', true);
    expect(t.flushAll()).toBe(true);
    expect(stored(shared, 'imago:progress').data.lessons.mirroring.done).toBeTruthy();
  });
});

describe('two tabs', () => {
  it('a tab with nothing unsaved takes the other tab’s value', async () => {
    const shared = new SharedStorage();
    const a = await openTab(shared, load);
    const b = await openTab(shared, load);
    a.markLessonDone('mirroring', true);
    shared.deliver();
    expect(b.$progress.get().lessons.mirroring?.done).toBeTruthy();
  });

  it('pending changes in both tabs are merged, not overwritten', async () => {
    vi.useFakeTimers();
    const shared = new SharedStorage();
    const a = await openTab(shared, load);
    a.setWriteDelay(400);
    const b = await openTab(shared, load);
    b.setWriteDelay(400);
    a.logAppreciation({ date: '2026-03-01', direction: 'given', text: 'You made tea' });
    b.logAppreciation({ date: '2026-03-01', direction: 'received', text: 'You listened' });
    a.flushAll();
    shared.deliver(); // b hears a's write while its own change is still pending
    expect(
      b.$appreciations
        .get()
        .items.map((x) => x.text)
        .sort(),
    ).toEqual(['You listened', 'You made tea']);
    b.flushAll();
    shared.deliver();
    const texts = stored(shared, 'imago:appreciations')
      .data.items.map((x: { text: string }) => x.text)
      .sort();
    expect(texts).toEqual(['You listened', 'You made tea']);
    expect(a.$appreciations.get().items).toHaveLength(2);
  });

  it('reads storage again before writing, even if the other tab’s event has not arrived', async () => {
    const shared = new SharedStorage();
    const a = await openTab(shared, load);
    const b = await openTab(shared, load);
    a.logAppreciation({ date: '2026-03-01', direction: 'given', text: 'first' });
    // No deliver(): b has not heard about a's write yet.
    b.logAppreciation({ date: '2026-03-02', direction: 'given', text: 'second' });
    const texts = stored(shared, 'imago:appreciations').data.items.map((x: { text: string }) => x.text);
    expect(texts.sort()).toEqual(['first', 'second']);
  });

  it('a delete in one tab and an edit of something else in the other both survive', async () => {
    vi.useFakeTimers();
    const shared = new SharedStorage();
    const a = await openTab(shared, load);
    a.setWriteDelay(400);
    const first = a.logAppreciation({ date: '2026-03-01', direction: 'given', text: 'keep me?' });
    a.flushAll();
    const b = await openTab(shared, load);
    b.setWriteDelay(400);
    a.removeAppreciation(first);
    b.logAppreciation({ date: '2026-03-02', direction: 'received', text: 'new here' });
    a.flushAll();
    shared.deliver();
    b.flushAll();
    expect(stored(shared, 'imago:appreciations').data.items.map((x: { text: string }) => x.text)).toEqual(['new here']);
  });

  it('deleting everything in one tab empties the other', async () => {
    const shared = new SharedStorage();
    const a = await openTab(shared, load);
    a.markLessonDone('mirroring', true);
    const b = await openTab(shared, load);
    expect(b.$progress.get().lessons.mirroring).toBeDefined();
    a.clearStore(a.$progress);
    shared.deliver();
    expect(b.$progress.get()).toEqual({ lessons: {} });
  });
});

describe('damaged and newer data', () => {
  it('keeps the readable part, sets the raw value aside and reports it', async () => {
    const shared = new SharedStorage();
    const raw = JSON.stringify({
      v: 1,
      data: { lessons: { good: { done: '2026-01-01T00:00:00Z' }, bad: { done: 7 } } },
    });
    shared.data.set('imago:progress', raw);
    const t = await openTab(shared, load);
    expect(t.$progress.get().lessons).toEqual({ good: { done: '2026-01-01T00:00:00Z' } });
    expect(shared.data.get('imago:progress:backup')).toBe(raw);
    expect(t.$storageProblems.get()[0]?.message).toMatch(/Part of your saved lesson progress was damaged/);
  });

  it('never lets a stored "__proto__" key reach a prototype', async () => {
    const shared = new SharedStorage();
    shared.data.set(
      'imago:progress',
      '{"v":1,"data":{"lessons":{"__proto__":{"done":"2026-01-01T00:00:00Z"},"ok":{"done":7}}}}',
    );
    const t = await openTab(shared, load);
    expect(Object.getPrototypeOf(t.$progress.get().lessons)).toBe(Object.prototype);
    expect(t.$progress.get().lessons.done).toBeUndefined();
    expect(({} as Record<string, unknown>).done).toBeUndefined();
  });

  it('never overwrites data saved by a newer version', async () => {
    const shared = new SharedStorage();
    const newer = JSON.stringify({ v: 99, data: { lessons: {}, somethingNew: true } });
    shared.data.set('imago:progress', newer);
    const t = await openTab(shared, load);
    t.markLessonDone('mirroring', true);
    expect(t.$progress.get().lessons.mirroring).toBeDefined(); // still works on screen
    expect(shared.data.get('imago:progress')).toBe(newer);
    expect(t.isBlocked(t.$progress)).toBe(true);
    expect(t.$storageProblems.get()[0]?.message).toMatch(/newer version/);
  });

  it('stops writing when another tab running a newer version saves', async () => {
    const shared = new SharedStorage();
    const t = await openTab(shared, load);
    t.markLessonDone('a', true);
    const newer = JSON.stringify({ v: 2, data: { lessons: {} } });
    shared.write(undefined, 'imago:progress', newer);
    shared.deliver();
    t.markLessonDone('b', true);
    expect(shared.data.get('imago:progress')).toBe(newer);
  });
});

describe('a full quota', () => {
  it('keeps the change in memory, says so, and saves it once there is room', async () => {
    const shared = new SharedStorage();
    const t = await openTab(shared, load);
    shared.full = true;
    t.markLessonDone('empathy', true);
    expect(t.$progress.get().lessons.empathy?.done).toBeTruthy();
    expect(t.$storageProblems.get().some((p) => p.message === t.FULL_MESSAGE)).toBe(true);
    expect(t.hasPendingWrite(t.$progress)).toBe(true);
    shared.full = false;
    expect(t.flushAll()).toBe(true);
    expect(stored(shared, 'imago:progress').data.lessons.empathy.done).toBeTruthy();
  });
});

describe('createAreaStore', () => {
  it('returns the same store for the same key', async () => {
    const shared = new SharedStorage();
    const t = await openTab(shared, load);
    const { progressArea } = await import('../../src/lib/practice/progress');
    expect(t.createAreaStore(progressArea)).toBe(t.$progress);
  });
});
