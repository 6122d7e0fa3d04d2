import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A minimal in-memory Web Storage, so the real persistent store runs under Node. */
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
let full = false;

async function loadStores() {
  vi.resetModules();
  const { setPersistentEngine } = await import('@nanostores/persistent');
  const noEvents = { addEventListener() {}, removeEventListener() {} };
  setPersistentEngine(storage as unknown as Record<string, string>, noEvents);
  const progress = await import('../../src/stores/progress');
  const persist = await import('../../src/stores/persist');
  return { ...progress, ...persist };
}

beforeEach(() => {
  full = false;
  // Writes go through property assignment (as @nanostores/persistent does) or setItem.
  storage = new Proxy(new MemoryStorage(), {
    set(target, key, value) {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      return Reflect.set(target, key, value);
    },
  });
  vi.stubGlobal('localStorage', storage);
});

describe('$progress store', () => {
  it('persists a finished lesson and a quiz answer under its versioned key', async () => {
    const { $progress, markLessonDone, recordQuizAnswer, $doneLessons } = await loadStores();
    markLessonDone('mirroring', true, new Date('2026-01-02T03:04:05Z'));
    recordQuizAnswer('mirroring', 'closest', 1, false, new Date('2026-01-02T03:05:00Z'));
    const saved = JSON.parse(storage.getItem('imago:progress')!);
    expect(saved.v).toBe(1);
    expect(saved.data.lessons.mirroring.done).toBe('2026-01-02T03:04:05.000Z');
    expect(saved.data.lessons.mirroring.quiz.closest).toMatchObject({ choice: 1, correct: false });
    expect($doneLessons.get().has('mirroring')).toBe(true);
    expect($progress.get().lessons.mirroring?.quiz?.closest?.choice).toBe(1);
  });

  it('reads what an earlier page saved', async () => {
    storage.setItem(
      'imago:progress',
      JSON.stringify({ v: 1, data: { lessons: { empathy: { done: '2026-01-01T00:00:00Z' } } } }),
    );
    const { $progress } = await loadStores();
    expect($progress.get().lessons.empathy?.done).toBe('2026-01-01T00:00:00Z');
  });

  it('recovers from a corrupted value, backs up the raw text and reports it', async () => {
    storage.setItem('imago:progress', 'not json at all');
    const { $progress, $storageProblems } = await loadStores();
    expect($progress.get()).toEqual({ lessons: {} });
    expect(storage.getItem('imago:progress:backup')).toBe('not json at all');
    expect($storageProblems.get()[0]?.message).toMatch(/could not be read/);
  });

  it('keeps a change in memory and says so when storage is full', async () => {
    const { $progress, markLessonDone, $storageProblems } = await loadStores();
    full = true;
    markLessonDone('empathy', true);
    expect($progress.get().lessons.empathy?.done).toBeTruthy();
    expect($storageProblems.get().some((p) => /storage is full/.test(p.message))).toBe(true);
  });
});
